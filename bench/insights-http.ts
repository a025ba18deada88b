// Insights and reports over HTTP at 1k, 10k, 100k (and 1M) episodes over 10 years, against the real `knead serve`
// (PGlite; its own process). In one run: the calibration (trivial-route req/s), GET /api/v1/insights for the last
// 90 days and the full 10 years, GET /api/v1/report.html for the default range and 10 years, the server's RSS
// before and at its peak, and POST /assessments latency (p50/p99) alone and while 10-year requests run back to back.
// Rows are seeded by one generate_series INSERT (not the API), before the server opens the data directory.
// Run: npm run bench -- insights-http   or   node --import tsx bench/insights-http.ts [sizes...]
// (default 1000 10000 100000; 1000000 for 1M). REUSE=<folder>: keep and reuse
// the journals (one data directory per size).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { LOCAL_USER_ID } from '../src/app/knead';
import { VIGNETTES } from '../src/core/assess/vignettes';
import { openStore } from '../src/store/open-store';
import { buildSession } from '../src/test-support/factories';
import { fmt, load, spawnServer } from './_server';

const sizes = process.argv.slice(2).map(Number);
const RANGE_90 = 'from=2025-10-03&to=2025-12-31';
const REPORT_10Y = 'from=2016-01-01&to=2025-12-31';
const BODIES = VIGNETTES.map((v) => JSON.stringify(v.situation));

/** n episodes over 2016-01-01 … 2025-12-31 (+01:00), one check-in a day, a guided session every 4 days. */
async function populate(dir: string, n: number): Promise<void> {
  (await openStore({ dataDir: dir })).close(); // runs the migrations
  const db = new PGlite(dir);
  await db.query('insert into users (id) values ($1) on conflict do nothing', [LOCAL_USER_ID]);
  await db.query(
    `insert into episodes (id, user_id, started_at, started_at_text, region, duration_minutes, intensity, context,
       signs, actions, pain_before, pain_after, response, notes)
     select gen_random_uuid(), $1, ts, to_char(ts at time zone '+01:00', 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'),
       (array['neck','calf','lower-back','foot'])[1 + i % 4], (i % 20)::float8 + (i % 3) / 4.0, (i % 11)::int2,
       case i % 3 when 0 then array['exercise','heat'] when 1 then array['stress','night'] else array['rest','cold'] end,
       array[]::text[],
       case i % 3 when 0 then array['stretch','heat'] when 1 then array['effleurage','rest'] else array['fluids','stretch'] end,
       (5 + i % 6)::int2, (i % 8)::int2, (array['better','same','worse'])[1 + i % 3], 'a note about this cramp'
     from (select i, timestamptz '2016-01-01T00:00:00Z' + (i * (3652.0 * 86400 / $2)) * interval '1 second' as ts
           from generate_series(0, $2 - 1) as i) as g`,
    [LOCAL_USER_ID, n],
  );
  await db.query(
    `insert into checkins (id, user_id, date, fluids_litres, sleep_hours, stress, heat_exposure)
     select gen_random_uuid(), $1, date '2016-01-01' + k, k % 30 / 10.0, 4 + k % 6, (k % 11)::int2, k % 5 = 0
     from generate_series(0, 3652) as k`,
    [LOCAL_USER_ID],
  );
  await db.query(
    `insert into massage_sessions (id, user_id, started_at, started_at_text, ended_at_text, region, massage, plan,
       steps_completed, pain_before, pain_after, stopped_early, stop_reason)
     select gen_random_uuid(), $1, ts, to_char(ts at time zone '+01:00', 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'),
       to_char((ts + interval '10 minutes') at time zone '+01:00', 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'), 'calf', 'gentle',
       $2::jsonb, 1, (4 + k % 5)::int2, (k % 4)::int2, k % 9 = 0, case when k % 9 = 0 then 'worse' end
     from (select k, timestamptz '2016-01-01T19:00:00Z' + k * interval '4 days' as ts
           from generate_series(0, 912) as k) as g`,
    [LOCAL_USER_ID, JSON.stringify(buildSession().plan)],
  );
  await db.query('analyze');
  await db.close();
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.slice(0, 500)}`);
  return performance.now() - start;
}

async function median(url: string, times: number): Promise<number> {
  await timed(url); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) ms.push(await timed(url));
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/** POST /assessments one at a time, every `gapMs`, while `busy` runs (or for `ms` alone): p50 and p99 in ms. */
async function assessLatency(base: string, busy: (() => Promise<unknown>) | null, ms: number, gapMs = 5) {
  const latencies: number[] = [];
  let stop = false;
  const poster = (async () => {
    for (let i = 0; !stop; i++) {
      const start = performance.now();
      const response = await fetch(`${base}/api/v1/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: BODIES[i % BODIES.length] as string,
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`POST /assessments: ${response.status}`);
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  })();
  let busyRuns = 0;
  if (busy) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      await busy();
      busyRuns++;
    }
  } else await new Promise((resolve) => setTimeout(resolve, ms));
  stop = true;
  await poster;
  latencies.sort((a, b) => a - b);
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), n: latencies.length, busyRuns };
}

console.log(
  `Node ${process.version}, ${new Date().toISOString()}, PGlite on disk, knead serve in its own process; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const f0 = (n: number) => n.toFixed(0);
for (const n of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
  // REUSE=<folder> keeps each size's journal in <folder>/insights-<n> and reuses it (populating is slow at 1M).
  const reuse = process.env.REUSE ? join(process.env.REUSE, `insights-${n}`) : null;
  const dir = reuse ?? (await mkdtemp(join(tmpdir(), 'knead-bench-insights-http-')));
  const t0 = performance.now();
  if (!reuse || !existsSync(join(reuse, 'PG_VERSION'))) await populate(dir, n);
  const populateS = (performance.now() - t0) / 1000;
  const server = await spawnServer(['--data-dir', dir]);
  const pid = server.child.pid as number;
  try {
    const base = server.url;
    const trivial = await load({ url: `${base}/healthz`, duration: 3, connections: 8 });
    const before = memory(pid);
    const insights90 = await median(`${base}/api/v1/insights?${RANGE_90}`, 5);
    const insights10y = await median(`${base}/api/v1/insights`, 3);
    const report90 = await median(`${base}/api/v1/report.html`, 3);
    // The 10-year report reads the kept days and only the episodes it lists (decision 0036): measured at 1M too.
    // NO_BIG_REPORT=1 skips it.
    const bigReport = !process.env.NO_BIG_REPORT;
    const report10y = bigReport ? await median(`${base}/api/v1/report.html?${REPORT_10Y}`, 3) : Number.NaN;
    const after = memory(pid);
    const quiet = await assessLatency(base, null, 3_000);
    const underInsights = await assessLatency(base, () => timed(`${base}/api/v1/insights`), 8_000);
    const underReport = bigReport
      ? await assessLatency(base, () => timed(`${base}/api/v1/report.html?${REPORT_10Y}`), 8_000)
      : { p50: Number.NaN, p99: Number.NaN, n: 0, busyRuns: 0 };
    const end = memory(pid);
    console.log(
      `${fmt(n)} episodes (populate ${populateS.toFixed(1)} s): calibration /healthz ${fmt(trivial.requestsPerSecond)} req/s; ` +
        `insights 90 days ${f0(insights90)} ms, 10 years ${f0(insights10y)} ms; ` +
        `report.html default (90 days) ${f0(report90)} ms, 10 years ${f0(report10y)} ms; ` +
        `RSS ${f0(before.rss)} MB before, ${f0(after.rss)} MB after, peak ${f0(Math.max(after.peak, end.peak))} MB; ` +
        `POST /assessments p50/p99 alone ${quiet.p50.toFixed(1)}/${quiet.p99.toFixed(1)} ms (${quiet.n}), ` +
        `during 10-year insights ${underInsights.p50.toFixed(1)}/${underInsights.p99.toFixed(1)} ms (${underInsights.n}, ${underInsights.busyRuns} insights), ` +
        `during 10-year reports ${underReport.p50.toFixed(1)}/${underReport.p99.toFixed(1)} ms (${underReport.n}, ${underReport.busyRuns} reports)`,
    );
  } catch (error) {
    console.error(`failed at ${fmt(n)} episodes; the server said:\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    await server.stop();
    if (!process.env.KEEP && !reuse) await rm(dir, { recursive: true, force: true });
  }
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
