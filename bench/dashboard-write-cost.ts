// What keeping the dashboard's window (decisions 0028, 0037: migration 0010's triggers mark the row stale) costs a
// journal write on PGlite (in memory): sequential episode creates for a client with 2 years of journal (an episode
// every 2 days) whose row is fresh before every create (the worst case: a dashboard read between any two writes,
// untimed), with the triggers and with them disabled, interleaved, in the same run. Medians of 7 rounds of 20
// creates. Then what the dashboard's rebuild of that stale row costs the next read (medians of 21). "The triggers"
// include migration 0009's, which mark the insights day stale (decision 0036), also made fresh before every create.
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
const refresh = () => raw('select "dashboard_windows_refresh"(array[$1::uuid])', [user]);
await refresh();
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
/** Median over 7 rounds of the mean wall time and CPU time (this process's: PGlite runs in it) of a create. */
async function round(): Promise<{ wall: number; cpu: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < 7; r++) {
    let wall = 0;
    let cpu = 0;
    for (let i = 0; i < 20; i++) {
      await raw('update "dashboard_windows" set "stale" = false where "user_id" = $1', [user]);
      await raw('update "insights_days" set "stale" = false where "user_id" = $1', [user]);
      const startedAt = new Date(Date.now() - 200 * DAY_MS - created++ * 1000).toISOString();
      const start = performance.now();
      const before = process.cpuUsage();
      await store.journal.episodes.create(user, buildEpisode({ id: crypto.randomUUID(), startedAt }));
      cpu += cpuMs(process.cpuUsage(before));
      wall += performance.now() - start;
    }
    walls.push(wall / 20);
    cpus.push(cpu / 20);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[3] as number;
  return { wall: median(walls), cpu: median(cpus) };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()[0]?.toFixed(1)}`);
for (let pass = 1; pass <= 2; pass++) {
  const kept = await round();
  await raw('alter table "episodes" disable trigger user', []);
  const bare = await round();
  await raw('alter table "episodes" enable trigger user', []);
  console.log(
    `pass ${pass}: per create ${kept.wall.toFixed(2)} ms with the triggers, ${bare.wall.toFixed(2)} ms without (+${(kept.wall - bare.wall).toFixed(2)} ms); CPU ${kept.cpu.toFixed(2)} against ${bare.cpu.toFixed(2)} ms (+${(kept.cpu - bare.cpu).toFixed(2)} ms), load average ${loadavg()[0]?.toFixed(1)}`,
  );
}
const rebuilds: number[] = [];
for (let i = 0; i < 21; i++) {
  await raw('update "dashboard_windows" set "stale" = true where "user_id" = $1', [user]);
  const before = process.cpuUsage();
  await raw('select "dashboard_windows_refresh_stale"(array[$1::uuid])', [user]);
  rebuilds.push(cpuMs(process.cpuUsage(before)));
}
const createdDay = new Date(Date.now() - 200 * DAY_MS).toISOString().slice(0, 10);
const dayRebuilds: number[] = [];
for (let i = 0; i < 21; i++) {
  // The day the creates landed on (it holds them all: a few hundred episodes), as a read after those writes finds it.
  await raw('update "insights_days" set "stale" = true where "user_id" = $1 and "day" = $2', [user, createdDay]);
  const before = process.cpuUsage();
  await raw('select "insights_days_refresh_stale"($1)', [user]);
  dayRebuilds.push(cpuMs(process.cpuUsage(before)));
}
console.log(
  `the next insights read's rebuild of this client's stale days: CPU ${(dayRebuilds.sort((a, b) => a - b)[10] as number).toFixed(2)} ms`,
);
console.log(
  `the next dashboard's rebuild of this client's stale row: CPU ${(rebuilds.sort((a, b) => a - b)[10] as number).toFixed(2)} ms, load average ${loadavg()[0]?.toFixed(1)}`,
);
await store.close();
