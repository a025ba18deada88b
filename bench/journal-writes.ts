// Durable episode writes per second over HTTP (POST /api/v1/episodes, each answered only after its commit):
// on PostgreSQL (fsync and synchronous_commit on; target ≥ 0.8× what pgbench inserts into the same table of the same
// server at the same client count, measured in the same run: the database's own rate, without the API) and on
// embedded PGlite (group commit, decisions 0025 and 0037: target ≥ 2,000/s with p99 < 50 ms at 16 connections; also
// 1 and 64). Calibration: the trivial route (GET /healthz) of the same PGlite server, same run.
// Run: node --import tsx bench/journal-writes.ts [--pglite-only] [--postgres-only]   (KNEAD_BENCH_SECONDS=10 a round)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_USER_ID } from '../src/app/knead';
import { findMissing, loadUntilKilled } from '../src/test-support/crash-load';
import { buildEpisode } from '../src/test-support/factories';
import { startPostgresCluster } from '../src/test-support/postgres-cluster';
import { createTestDatabase } from '../src/test-support/test-database';
import { cpuMicros, fmt, type LoadResult, load, type SpawnedServer, spawnServer } from './_server';

const SECONDS = Number(process.env.KNEAD_BENCH_SECONDS ?? 10);
const pgliteOnly = process.argv.includes('--pglite-only');
const postgresOnly = process.argv.includes('--postgres-only');
const POSTGRES_CONNECTIONS = 64;

// The row the API writes for buildEpisode(), inserted as the API inserts it (same table, indexes and triggers).
const PGBENCH_INSERT = `insert into "episodes" ("id", "user_id", "started_at", "started_at_text", "region", "side",
  "duration_minutes", "intensity", "context", "signs", "history", "actions", "pain_before", "pain_after", "response",
  "notes", "assessment") values (gen_random_uuid(), '${LOCAL_USER_ID}', '2026-03-10T02:15:00+01:00',
  '2026-03-10T02:15:00+01:00', 'calf', 'left', 4, 6, '{night}', '{}', null, '{stretch,effleurage}', 7, 3, 'better',
  'woke up with it', null) on conflict ("user_id", "id") do nothing returning *;`;

/** pgbench's rate for that insert, one per transaction (auto-commit), prepared, at `clients` connections. */
function pgbenchInserts(url: string, clients: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'knead-pgbench-'));
  try {
    const script = join(dir, 'insert.sql');
    writeFileSync(script, `${PGBENCH_INSERT.replaceAll('\n', ' ')}\n`);
    const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(SECONDS), '-f', script, url];
    const out = execFileSync('pgbench', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    if (!tps) throw new Error(`pgbench printed no rate: ${out}`);
    return Number(tps);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(label: string, server: SpawnedServer, connections: number): Promise<LoadResult> {
  const episodes = (duration: number) =>
    load({
      url: `${server.url}/api/v1/episodes`,
      duration,
      connections,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify(buildEpisode()) }),
        },
      ],
    });
  await episodes(2); // warm up
  const before = cpuMicros(server.child.pid);
  const result = await episodes(SECONDS);
  const after = cpuMicros(server.child.pid);
  // Server CPU per write: what the machine's other load changes least.
  const cpu = before === null || after === null ? '' : `, ${fmt((after - before) / result.ok)} µs server CPU/write`;
  const failures = result.non2xx + result.errors > 0 ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : '';
  console.log(
    `${label.padEnd(44)} ${fmt(result.requestsPerSecond).padStart(7)} writes/s  p99 ${result.latencyP99} ms  (${connections} connections${cpu}${failures})`,
  );
  return result;
}

/** The trivial route of the same server, same run: how contended the machine is. */
async function calibrate(server: SpawnedServer): Promise<void> {
  await load({ url: `${server.url}/healthz`, duration: 2 }); // warm up
  const before = cpuMicros(server.child.pid);
  const trivial = await load({ url: `${server.url}/healthz`, duration: SECONDS });
  const after = cpuMicros(server.child.pid);
  const cpu = before === null || after === null ? '' : `, ${fmt((after - before) / trivial.ok)} µs server CPU/request`;
  console.log(
    `calibration: trivial route (GET /healthz) ${fmt(trivial.requestsPerSecond)} req/s (16 connections${cpu}), load average ${loadavg()[0]?.toFixed(1)}`,
  );
}

console.log(
  `Node ${process.version}, ${new Date().toISOString()}, ${SECONDS} s rounds, load average ${loadavg()[0]?.toFixed(1)}`,
);
let postgres: { api: number; pgbench: number } | null = null;
const cluster = pgliteOnly ? { skipped: '--pglite-only' } : await startPostgresCluster();
if ('skipped' in cluster) {
  console.log(`PostgreSQL SKIPPED: ${cluster.skipped}`);
} else {
  try {
    const url = await createTestDatabase(cluster.url, 'knead_bench');
    const server = await spawnServer([], { DATABASE_URL: url, KNEAD_MODE: 'local' });
    let api: number;
    try {
      await calibrate(server);
      const label = 'PostgreSQL API (fsync on, synchronous_commit on)';
      api = (await measure(label, server, POSTGRES_CONNECTIONS)).requestsPerSecond;
    } finally {
      await server.stop();
    }
    // The anchor: the same insert straight from pgbench, into the same table of the same server, right after.
    const pgbench = pgbenchInserts(url, POSTGRES_CONNECTIONS);
    console.log(
      `${'PostgreSQL pgbench, the same insert'.padEnd(44)} ${fmt(pgbench).padStart(7)} writes/s  (${POSTGRES_CONNECTIONS} connections, -M prepared); API/pgbench ${(api / pgbench).toFixed(2)}, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    postgres = { api, pgbench };
  } finally {
    cluster.stop();
  }
}
const postgresVerdict = () =>
  postgres &&
  console.log(
    postgres.api >= 0.8 * postgres.pgbench
      ? 'PASS (PostgreSQL API ≥ 0.8× pgbench)'
      : 'FAIL: PostgreSQL API below 0.8× pgbench',
  );
if (postgresOnly) {
  postgresVerdict();
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'knead-bench-writes-'));
const lite = await spawnServer(['--data-dir', dir]);
let lite16: LoadResult;
try {
  await calibrate(lite);
  await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 1);
  lite16 = await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 16);
  await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 64);
} finally {
  await lite.stop();
}
// "0 acknowledged lost" at the rate just measured: the same load until ~5 s of writes are answered, SIGKILL, restart.
let lost: number;
try {
  const before = Math.max(1000, Math.round(lite16.requestsPerSecond * 5));
  const killed = await spawnServer(['--data-dir', dir]);
  const { acknowledged, rate } = await loadUntilKilled(killed, before, 16);
  const restarted = await spawnServer(['--data-dir', dir]);
  try {
    lost = (await findMissing(restarted, acknowledged)).length;
  } finally {
    await restarted.stop();
  }
  console.log(
    `PGlite SIGKILL at ${fmt(rate)} writes/s (16 connections): ${lost} of ${fmt(acknowledged.length)} acknowledged writes lost`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
postgresVerdict();
const liteFailures = lite16.non2xx + lite16.errors;
console.log(
  lite16.requestsPerSecond >= 2000 && lite16.latencyP99 < 50 && liteFailures === 0 && lost === 0
    ? 'PASS (PGlite ≥ 2,000 writes/s, p99 < 50 ms at 16 connections, 0 acknowledged lost)'
    : 'FAIL: PGlite below 2,000 writes/s or p99 ≥ 50 ms (or failures, or acknowledged writes lost) at 16 connections',
);
