// Durable episode writes per second over HTTP (POST /api/v1/episodes, each answered only after its commit):
// on PostgreSQL (fsync and synchronous_commit on; target ≥ 2,000/s at 64 connections) and on embedded PGlite
// (group commit, decision 0025: target ≥ 2,000/s with p99 < 50 ms at 16 connections; also 1 and 64).
// Calibration: the trivial route (GET /healthz) of the same PGlite server, same run.
// Run: node --import tsx bench/journal-writes.ts [--pglite-only]      (KNEAD_BENCH_SECONDS=10 per round)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEpisode } from '../src/test-support/factories';
import { startPostgresCluster } from '../src/test-support/postgres-cluster';
import { createTestDatabase } from '../src/test-support/test-database';
import { cpuMicros, fmt, type LoadResult, load, type SpawnedServer, spawnServer } from './_server';

const SECONDS = Number(process.env.KNEAD_BENCH_SECONDS ?? 10);
const pgliteOnly = process.argv.includes('--pglite-only');

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

console.log(`Node ${process.version}, ${new Date().toISOString()}, ${SECONDS} s rounds`);
let postgresRate: number | null = null;
const cluster = pgliteOnly ? { skipped: '--pglite-only' } : await startPostgresCluster();
if ('skipped' in cluster) {
  console.log(`PostgreSQL SKIPPED: ${cluster.skipped}`);
} else {
  try {
    const env = { DATABASE_URL: await createTestDatabase(cluster.url, 'knead_bench'), KNEAD_MODE: 'local' };
    const server = await spawnServer([], env);
    try {
      postgresRate = (await measure('PostgreSQL (fsync on, synchronous_commit on)', server, 64)).requestsPerSecond;
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
const dir = mkdtempSync(join(tmpdir(), 'knead-bench-writes-'));
const lite = await spawnServer(['--data-dir', dir]);
let lite16: LoadResult;
try {
  await load({ url: `${lite.url}/healthz`, duration: 2 }); // warm up
  const before = cpuMicros(lite.child.pid);
  const trivial = await load({ url: `${lite.url}/healthz`, duration: SECONDS });
  const after = cpuMicros(lite.child.pid);
  const cpu = before === null || after === null ? '' : `, ${fmt((after - before) / trivial.ok)} µs server CPU/request`;
  console.log(
    `calibration: trivial route (GET /healthz) ${fmt(trivial.requestsPerSecond)} req/s (16 connections${cpu})`,
  );
  await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 1);
  lite16 = await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 16);
  await measure('PGlite (group commit, WAL fdatasync per batch)', lite, 64);
} finally {
  await lite.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (postgresRate !== null)
  console.log(postgresRate >= 2000 ? 'PASS (PostgreSQL ≥ 2,000 writes/s)' : 'FAIL: PostgreSQL below 2,000 writes/s');
const liteFailures = lite16.non2xx + lite16.errors;
console.log(
  lite16.requestsPerSecond >= 2000 && lite16.latencyP99 < 50 && liteFailures === 0
    ? 'PASS (PGlite ≥ 2,000 writes/s, p99 < 50 ms at 16 connections)'
    : 'FAIL: PGlite below 2,000 writes/s or p99 ≥ 50 ms (or failures) at 16 connections',
);
