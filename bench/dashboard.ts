// The clinician dashboard (GET /api/v1/care-team/dashboard, through Fastify with a signed-in clinician) for 500
// linked clients, each with 2 years of journal: an episode every 2 days, a daily check-in, 2 sessions a week (half of
// them run from the clinician's plan). Target: median < 200 ms. On PGlite (in memory) and PostgreSQL. Every dashboard
// call is followed by a trivial one (GET /healthz, same server), and the load average is printed at each end: the
// calibration that says how contended the machine was during this run.
// Run: node --import tsx bench/dashboard.ts
import { loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { createKnead } from '../src/app/knead';
import { rankByAttention, summariseDashboardClient } from '../src/core/insights/dashboard';
import type { Store } from '../src/core/repositories';
import { buildServer } from '../src/server/build-server';
import { DashboardSchema } from '../src/server/routes/care-team/schema';
import type { RawQuery } from '../src/store/insights-reader';
import { createLiveDashboardReader } from '../src/store/live-dashboard-reader.test-support';
import { openStore, type StoreConfig } from '../src/store/open-store';
import { buildSession } from '../src/test-support/factories';
import { startPostgresCluster } from '../src/test-support/postgres-cluster';
import { signUp } from '../src/test-support/server-fixture';
import { createTestDatabase } from '../src/test-support/test-database';

const CLIENTS = 500;
const DAYS = 730;
const RUNS = Number(process.env.RUNS ?? 30);
const PLAN = { region: 'calf', steps: [{ technique: 'stretch', pressure: 'light' }], sessionsPerWeek: 7 };
const SESSION_PLAN = JSON.stringify(buildSession().plan);
const clients = `(select "id" from "users" where "email" like 'client-%@bench.example')`;

/** Set-based seeding: one statement per table for every client (rows generated inside the database). */
async function seed(query: RawQuery, clinicianId: string): Promise<number> {
  await query(
    `insert into "users" ("id", "email") select gen_random_uuid(), 'client-' || g || '@bench.example' from generate_series(1, ${CLIENTS}) g`,
    [],
  );
  await query(
    `insert into "care_links" ("id", "user_id", "clinician_id", "created_at") select gen_random_uuid(), c.id, $1, now() - interval '60 days' from ${clients} c`,
    [clinicianId],
  );
  await query(
    `insert into "clinician_clients" ("id", "user_id", "client_id", "created_at") select l.id, $1, l.user_id, l.created_at from "care_links" l where l.clinician_id = $1`,
    [clinicianId],
  );
  await query(
    `insert into "assigned_plans" ("id", "user_id", "clinician_id", "plan", "created_at") select gen_random_uuid(), c.id, $1, $2::jsonb, now() - interval '60 days' from ${clients} c`,
    [clinicianId, JSON.stringify(PLAN)],
  );
  await query(
    `insert into "episodes" ("id", "user_id", "started_at", "started_at_text", "region", "duration_minutes", "intensity", "context", "signs", "actions", "pain_before", "pain_after", "response")
     select gen_random_uuid(), c.id, t, to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       (array['calf','foot','neck','thigh-back'])[1 + floor(random() * 4)::int], round((random() * 15)::numeric, 1),
       floor(random() * 11)::int, array['exercise'], '{}', array['stretch'], 6, floor(random() * 9)::int,
       (array['better','same','worse'])[1 + floor(random() * 3)::int]
     from ${clients} c cross join lateral (select now() - g * interval '2 days' - random() * interval '1 day' as t, c.id as u
       from generate_series(0, ${DAYS / 2 - 1}) g) s`,
    [],
  );
  await query(
    `insert into "checkins" ("id", "user_id", "date", "fluids_litres", "sleep_hours", "stress")
     select gen_random_uuid(), c.id, (current_date - g)::date, 1.5, 7, floor(random() * 11)::int
     from ${clients} c cross join generate_series(0, ${DAYS - 1}) g`,
    [],
  );
  await query(
    `insert into "massage_sessions" ("id", "user_id", "started_at", "started_at_text", "region", "massage", "plan", "steps_completed", "stopped_early", "assigned_plan_id")
     select gen_random_uuid(), c.id, t, to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'calf', 'gentle', $1::jsonb, 1, false,
       case when g % 2 = 0 then (select p.id from "assigned_plans" p where p.user_id = c.id limit 1) end
     from ${clients} c cross join lateral (select g, now() - g * interval '3.5 days' as t
       from generate_series(0, ${Math.floor(DAYS / 3.5) - 1}) g) s`,
    [SESSION_PLAN],
  );
  await query('analyze', []);
  const [[rows]] = (await query(
    'select (select count(*) from "episodes") + (select count(*) from "checkins") + (select count(*) from "massage_sessions")',
    [],
  )) as [[string]];
  return Number(rows);
}

const medianOf = async (run: () => Promise<unknown>, n = 5) => {
  const spent: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    spent.push(performance.now() - start);
  }
  return (spent.sort((a, b) => a - b)[Math.floor(n / 2)] as number).toFixed(1);
};

/**
 * Where the time goes: the store's reads (the kept windows of decision 0028, and the live read before it over the
 * same data), the audit rows, and the pure summary (medians of 5).
 */
async function breakdown(label: string, store: Store, clinicianId: string, query: RawQuery): Promise<void> {
  const care = store.careTeam;
  const ids = await care.listLinkedClientIds(clinicianId);
  const since = new Date(Date.now() - 57 * 86_400_000);
  const adherenceSince = new Date(Date.now() - 28 * 86_400_000);
  const rows = await care.readDashboard(ids, clinicianId, since, adherenceSince);
  const today = new Date().toISOString().slice(0, 10);
  const answer = {
    today,
    trendWeeks: 4,
    clients: rankByAttention(rows.map((r) => summariseDashboardClient(r, today))),
  };
  console.log(
    `${label.padEnd(22)} links ${await medianOf(() => care.listLinkedClientIds(clinicianId))} ms, read ${await medianOf(() => care.readDashboard(ids, clinicianId, since, adherenceSince))} ms (live read before 0028: ${await medianOf(() => createLiveDashboardReader(query)(ids, clinicianId, since, adherenceSince))} ms), audit ${await medianOf(() => care.logReads(ids.map((clientId) => ({ clientId, clinicianId, resource: 'bench' }))))} ms, summary ${await medianOf(async () => rankByAttention(rows.map((r) => summariseDashboardClient(r, today))))} ms, response check ${await medianOf(async () => DashboardSchema.parse(answer))} ms, JSON ${await medianOf(async () => JSON.stringify(answer))} ms`,
  );
}

async function measure(label: string, config: StoreConfig): Promise<number> {
  let query: RawQuery | null = null;
  const store: Store = await openStore({
    ...config,
    withRawQuery: (q) => {
      query = q;
    },
  });
  const knead = await createKnead({ store, mode: 'server' });
  const app: FastifyInstance = await buildServer({ knead, logLevel: false, webDir: null });
  try {
    await app.ready();
    const clinician = await signUp(app);
    await knead.careTeam.becomeClinician(clinician.userId);
    const seedStart = performance.now();
    const rows = await seed(query as unknown as RawQuery, clinician.userId);
    console.log(
      `${label}: seeded ${rows.toLocaleString('en')} journal rows in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const get = async () => {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/care-team/dashboard',
        headers: clinician.headers,
      });
      if (response.statusCode !== 200) throw new Error(`dashboard answered ${response.statusCode}: ${response.body}`);
      const listed = (response.json() as { clients: unknown[] }).clients.length;
      if (listed !== CLIENTS) throw new Error(`dashboard listed ${listed} clients`);
      return response.body.length;
    };
    const coldStart = performance.now();
    const bytes = await get();
    const cold = performance.now() - coldStart;
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    const trivial: number[] = [];
    const loadBefore = loadavg()[0] as number;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await get();
      times.push(performance.now() - start);
      const trivialStart = performance.now();
      await app.inject({ method: 'GET', url: '/healthz' });
      trivial.push(performance.now() - trivialStart);
    }
    times.sort((a, b) => a - b);
    trivial.sort((a, b) => a - b);
    const load = `load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)}`;
    await breakdown(label, store, clinician.userId, query as unknown as RawQuery);
    const median = times[Math.floor(RUNS / 2)] as number;
    const p95 = times[Math.floor(RUNS * 0.95)] as number;
    console.log(
      `${label.padEnd(22)} median ${median.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  first ${cold.toFixed(0)} ms  (${CLIENTS} clients, ${(bytes / 1024).toFixed(0)} KiB, target < 200 ms ${median < 200 ? 'met' : 'MISSED'}); GET /healthz median ${(trivial[Math.floor(RUNS / 2)] as number).toFixed(2)} ms, ${load}`,
    );
    return median;
  } finally {
    await app.close();
    await store.close();
  }
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
const medians: number[] = [await measure('PGlite (in memory)', { dataDir: 'memory://' })];
const cluster = await startPostgresCluster();
if ('skipped' in cluster) {
  console.log(`PostgreSQL SKIPPED: ${cluster.skipped}`);
} else {
  try {
    medians.push(
      await measure('PostgreSQL', { databaseUrl: await createTestDatabase(cluster.url, 'knead_bench_dashboard') }),
    );
  } finally {
    cluster.stop();
  }
}
process.exit(medians.every((m) => m < 200) ? 0 : 1);
