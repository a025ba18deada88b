// Rows and bytes per active user per year, the inputs of the capacity estimate in docs/scaling.md: a year of a
// heavy user's journal (3 episodes a day, each with the engine's real assessment, ~9 KB of JSON; a guided session
// with the engine's plan and a check-in every day),
// imported for several users on PostgreSQL, then pg_total_relation_size (heap, TOAST and indexes) per table.
// Run: node --import tsx bench/capacity.ts
import { buildSampleJournal } from '../src/app/report/sample-journal';
import { assessSituation } from '../src/core/assess/assess-situation';
import type { SessionRecord } from '../src/core/journal';
import { SituationSchema } from '../src/core/situation';
import { openStore } from '../src/store/open-store';
import { makeId } from '../src/test-support/factories';
import { startPostgresCluster } from '../src/test-support/postgres-cluster';
import { createTestDatabase } from '../src/test-support/test-database';

const USERS = 20;
const DAYS = 365;
const TABLES = ['episodes', 'checkins', 'massage_sessions', 'users', 'user_emails', 'auth_sessions', 'api_tokens'];

/** A heavy user's year, with fresh client ids (UUIDv7-shaped, as the apps make them). */
function heavyYear() {
  const sample = buildSampleJournal({ episodes: DAYS * 3, startDay: '2026-01-01', days: DAYS, seed: 7 });
  const assessment = assessSituation(
    SituationSchema.parse({ region: 'calf', side: 'left', context: ['night'], intensity: 7, durationMinutes: 4 }),
  );
  const ids = new Map<string, string>();
  const episodes = sample.episodes.map((e) => {
    const id = makeId();
    ids.set(e.id, id);
    return { ...e, id, assessment, notes: 'woke at 3 am, calf locked; stretched against the wall' };
  });
  const plan = (assessment.plan ?? sample.sessions[0]?.plan) as SessionRecord['plan'];
  const sessions: SessionRecord[] = episodes
    .filter((_, i) => i % 3 === 0)
    .map((e) => ({
      id: makeId(),
      startedAt: e.startedAt,
      region: e.region,
      massage: 'gentle',
      plan: { ...plan, region: e.region },
      stepsCompleted: plan.steps.length,
      painBefore: e.painBefore ?? 6,
      painAfter: 3,
      stoppedEarly: false,
      episodeId: e.id,
    }));
  const checkins = sample.checkins.map((c) => ({ ...c, id: makeId() }));
  return { episodes, checkins, sessions };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
const sample = heavyYear();
const json = (value: unknown) => JSON.stringify(value).length;
console.log(
  `JSON per record: episode ${json(sample.episodes[0])} B, session ${json(sample.sessions[0])} B, check-in ${json(sample.checkins[0])} B`,
);
const cluster = await startPostgresCluster();
if ('skipped' in cluster) {
  console.log(`PostgreSQL SKIPPED: ${cluster.skipped}`);
  process.exit(0);
}
try {
  const url = await createTestDatabase(cluster.url, 'knead_capacity');
  const store = await openStore({ databaseUrl: url, poolSize: 4 });
  const sizes = async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: url });
    await client.connect();
    await client.query('vacuum analyze');
    const out: Record<string, { rows: number; bytes: number }> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(
        `select count(*)::int as rows, pg_total_relation_size('${table}')::bigint as bytes from "${table}"`,
      );
      out[table] = { rows: Number(rows[0].rows), bytes: Number(rows[0].bytes) };
    }
    await client.end();
    return out;
  };
  const empty = await sizes();
  for (let u = 0; u < USERS; u++) {
    const userId = makeId();
    await store.accounts.createUser({ id: userId, email: `heavy-${userId}@example.org`, passwordHash: 'x'.repeat(97) });
    await store.accounts.createSession({ idHash: 'h'.repeat(43) + u, userId, expiresAt: new Date(Date.now() + 1e9) });
    await store.journal.importAll(userId, heavyYear());
  }
  const full = await sizes();
  await store.close();
  let rows = 0;
  let bytes = 0;
  console.log(`per heavy user per year (${USERS} users imported; vacuum analyze; heap + TOAST + indexes):`);
  for (const table of TABLES) {
    const r = ((full[table]?.rows ?? 0) - (empty[table]?.rows ?? 0)) / USERS;
    const b = ((full[table]?.bytes ?? 0) - (empty[table]?.bytes ?? 0)) / USERS;
    rows += r;
    bytes += b;
    console.log(`  ${table.padEnd(18)} ${r.toFixed(0).padStart(6)} rows  ${(b / 1024).toFixed(0).padStart(7)} KiB`);
  }
  console.log(
    `  ${'total'.padEnd(18)} ${rows.toFixed(0).padStart(6)} rows  ${(bytes / 1024).toFixed(0).padStart(7)} KiB`,
  );
} finally {
  cluster.stop();
}
