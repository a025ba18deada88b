// What keeping the dashboard's window on write (decision 0028, migration 0007's triggers) costs a journal write on
// PGlite (in memory): sequential episode creates for a client with 2 years of journal (an episode every 2 days), with
// the triggers and with them disabled, interleaved, in the same run. Medians of 7 rounds of 20 creates.
// Creates land on one day (a second apart), so the insights day they touch grows to a few hundred episodes: its
// rebuild is measured at its costliest.
// Run: node --import tsx bench/dashboard-write-cost.ts
import { loadavg } from 'node:os';
import type { RawQuery } from '../src/store/insights-reader';
import { openStore } from '../src/store/open-store';
import { buildEpisode } from '../src/test-support/factories';

const DAY_MS = 86_400_000;
let query: RawQuery | null = null;
const store = await openStore({
  dataDir: 'memory://',
  withRawQuery: (q) => {
    query = q;
  },
});
const raw = query as unknown as RawQuery;
const user = crypto.randomUUID();
await store.accounts.ensureUser(user);
await store.journal.importAll(user, {
  episodes: Array.from({ length: 365 }, (_, i) =>
    buildEpisode({ id: crypto.randomUUID(), startedAt: new Date(Date.now() - i * 2 * DAY_MS).toISOString() }),
  ),
  checkins: [],
  sessions: [],
});

// Creates land 200 days back, outside the window, so every rebuild packs the same ~35 episodes.
let created = 0;
async function round(): Promise<number> {
  const spent: number[] = [];
  for (let r = 0; r < 7; r++) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) {
      const startedAt = new Date(Date.now() - 200 * DAY_MS - created++ * 1000).toISOString();
      await store.journal.episodes.create(user, buildEpisode({ id: crypto.randomUUID(), startedAt }));
    }
    spent.push((performance.now() - start) / 20);
  }
  return spent.sort((a, b) => a - b)[3] as number;
}

console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()[0]?.toFixed(1)}`);
// Migration 0009's insights-days triggers (decision 0036) are measured apart: with every trigger, without those
// three, and without any.
const INSIGHTS_TRIGGERS = ['episodes_insights_insert', 'episodes_insights_update', 'episodes_insights_delete'];
const insightsTriggers = async (on: boolean) => {
  for (const name of INSIGHTS_TRIGGERS)
    await raw(`alter table "episodes" ${on ? 'enable' : 'disable'} trigger "${name}"`, []);
};
for (let pass = 1; pass <= 2; pass++) {
  const kept = await round();
  await insightsTriggers(false);
  const dashboardOnly = await round();
  await raw('alter table "episodes" disable trigger user', []);
  const bare = await round();
  await raw('alter table "episodes" enable trigger user', []);
  console.log(
    `pass ${pass}: per create ${kept.toFixed(2)} ms with every trigger, ${dashboardOnly.toFixed(2)} ms without the insights days' (+${(kept - dashboardOnly).toFixed(2)} ms for them), ${bare.toFixed(2)} ms without any (+${(dashboardOnly - bare).toFixed(2)} ms for the dashboard's), load average ${loadavg()[0]?.toFixed(1)}`,
  );
}
// The window rows are stale after the writes made without the triggers: rebuild before closing (nothing reads it).
await raw('select "dashboard_windows_refresh"(array[$1::uuid])', [user]);
await raw(
  `select "insights_days_refresh"(array_agg(user_id), array_agg(d))
     from (select distinct user_id, left(started_at_text, 10) as d from episodes) t`,
  [],
);
await store.close();
