// Insights through the store over a 10-year journal on PGlite: the last 90 days and the full 10 years, read the
// old way (every record through drizzle's listAll, then summariseJournal) and the new way (store.insights: range
// in SQL, analysed columns only, arrays, pages). Rows are written by one generate_series INSERT, not the API.
// Run: node --import tsx bench/insights-store.ts [sizes...]   (default 1000 10000 100000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { summariseJournal } from '../src/core/insights/index';
import type { Store } from '../src/core/repositories';
import { openStore } from '../src/store/open-store';

const USER = '6b6e6561-6400-4000-8000-0000000000b1';
const RANGE_90 = { from: '2025-10-03', to: '2025-12-31' };
const sizes = process.argv.slice(2).map(Number);

/** n episodes spread over 2016-01-01 … 2025-12-31 (+01:00 local times) and one check-in a day. */
async function populate(dir: string, n: number): Promise<void> {
  (await openStore({ dataDir: dir })).close(); // runs the migrations
  const db = new PGlite(dir);
  await db.query('insert into users (id) values ($1)', [USER]);
  await db.query(
    `insert into episodes (id, user_id, started_at, started_at_text, region, duration_minutes, intensity, context,
       signs, actions, pain_before, pain_after, response, notes)
     select gen_random_uuid(), $1, ts, to_char(ts at time zone '+01:00', 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'),
       (array['neck','calf','lower-back','foot'])[1 + i % 4], (i % 20)::float8, (i % 11)::int2,
       array['exercise','heat'], array[]::text[], array['stretch','heat'], (5 + i % 6)::int2, (i % 8)::int2,
       (array['better','same','worse'])[1 + i % 3], 'a note about this cramp'
     from (select i, timestamptz '2016-01-01T00:00:00Z' + (i * (3652.0 * 86400 / $2)) * interval '1 second' as ts
           from generate_series(0, $2 - 1) as i) as g`,
    [USER, n],
  );
  await db.query(
    `insert into checkins (id, user_id, date, fluids_litres, sleep_hours, stress, heat_exposure)
     select gen_random_uuid(), $1, date '2016-01-01' + k, k % 30 / 10.0, 4 + k % 6, (k % 11)::int2, k % 5 = 0
     from generate_series(0, 3652) as k`,
    [USER],
  );
  await db.close();
}

async function median(run: () => Promise<unknown>, times = 3): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

const viaListAll = async (store: Store, range: { from?: string; to?: string }) =>
  summariseJournal(
    {
      episodes: await store.journal.episodes.listAll(USER),
      checkins: await store.journal.checkins.listAll(USER),
      sessions: await store.journal.sessions.listAll(USER),
    },
    range,
  );
const viaReader = async (store: Store, range: { from?: string; to?: string }) =>
  summariseJournal(await store.insights.read(USER, range), range);

console.log(`Node ${process.version}, ${new Date().toISOString()}, PGlite on disk, median of 3 after one warm-up`);
for (const n of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'knead-bench-insights-'));
  const t0 = performance.now();
  await populate(dir, n);
  const store = await openStore({ dataDir: dir });
  const populateMs = performance.now() - t0;
  const all = await viaReader(store, {});
  if (all.totals.episodes !== n) throw new Error(`read ${all.totals.episodes} episodes, wrote ${n}`);
  const lines: string[] = [];
  for (const [label, range] of [
    ['90 days', RANGE_90],
    ['10 years', {}],
  ] as const) {
    const reader = await median(() => viaReader(store, range));
    const old = n <= 100_000 ? await median(() => viaListAll(store, range), 1) : Number.NaN;
    lines.push(`${label}: ${reader.toFixed(0)} ms (listAll before: ${old.toFixed(0)} ms)`);
  }
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(
    `${n.toLocaleString('en')} episodes  ${lines.join('; ')}; RSS ${rss.toFixed(0)} MB (populate ${(populateMs / 1000).toFixed(1)} s)`,
  );
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
