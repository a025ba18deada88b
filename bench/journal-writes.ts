// Durable episode writes per second over HTTP (POST /api/v1/episodes, each answered only after its commit):
// on PostgreSQL (fsync and synchronous_commit on; target ≥ 2,000/s) and on embedded PGlite (WAL fsynced per commit).
// Run: node --import tsx bench/journal-writes.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEpisode } from '../src/test-support/factories';
import { startPostgresCluster } from '../src/test-support/postgres-cluster';
import { createTestDatabase } from '../src/test-support/test-database';
import { fmt, load, type SpawnedServer, spawnServer } from './_server';

async function measure(label: string, server: SpawnedServer, connections: number): Promise<number> {
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
  const result = await episodes(10);
  console.log(
    `${label.padEnd(44)} ${fmt(result.requestsPerSecond).padStart(7)} writes/s  p99 ${result.latencyP99} ms  (${connections} connections${result.non2xx + result.errors > 0 ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ''})`,
  );
  return result.requestsPerSecond;
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
let postgresRate: number | null = null;
const cluster = await startPostgresCluster();
if ('skipped' in cluster) {
  console.log(`PostgreSQL SKIPPED: ${cluster.skipped}`);
} else {
  try {
    const env = { DATABASE_URL: await createTestDatabase(cluster.url, 'knead_bench'), KNEAD_MODE: 'local' };
    const server = await spawnServer([], env);
    try {
      postgresRate = await measure('PostgreSQL (fsync on, synchronous_commit on)', server, 64);
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
const dir = mkdtempSync(join(tmpdir(), 'knead-bench-writes-'));
const lite = await spawnServer(['--data-dir', dir]);
try {
  await measure('PGlite (embedded, WAL fsynced per commit)', lite, 8);
} finally {
  await lite.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (postgresRate !== null)
  console.log(postgresRate >= 2000 ? 'PASS (PostgreSQL ≥ 2,000 writes/s)' : 'FAIL: PostgreSQL below 2,000 writes/s');
