import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildEpisode } from '../test-support/factories';
import { type SpawnedServer, spawnServer } from '../test-support/spawn-server';
import { createTestDatabase } from '../test-support/test-database';

const dirs: string[] = [];
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.kill();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Streams episode writes from `clients` concurrent clients, SIGKILLs the server mid-stream, returns the acknowledged ids. */
async function writeUntilKilled(server: SpawnedServer, acknowledgedBeforeKill: number, clients = 4): Promise<string[]> {
  const acknowledged: string[] = [];
  let killed = false;
  const started = performance.now();
  const client = async () => {
    while (!killed) {
      const episode = buildEpisode();
      try {
        const response = await fetch(`${server.url}/api/v1/episodes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(episode),
        });
        if (response.status === 201) acknowledged.push(episode.id);
      } catch {
        return; // connection refused or reset: the server is gone
      }
      if (acknowledged.length >= acknowledgedBeforeKill && !killed) {
        killed = true;
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `${acknowledged.length} writes acknowledged in ${seconds.toFixed(1)} s by ${clients} clients, then SIGKILL`,
        );
        await server.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return acknowledged;
}

async function expectAllPresent(server: SpawnedServer, ids: string[]) {
  const missing: string[] = [];
  for (const id of ids) {
    const response = await fetch(`${server.url}/api/v1/episodes/${id}`);
    if (response.status !== 200) missing.push(id);
  }
  expect(missing).toEqual([]);
}

/** Writes until `before` are acknowledged, SIGKILLs the server, restarts it and expects every acknowledged write. */
async function expectNoAcknowledgedLoss(args: string[], env: NodeJS.ProcessEnv, before: number, clients?: number) {
  const first = await spawnServer(args, env);
  servers.push(first);
  const acknowledged = await writeUntilKilled(first, before, clients);
  expect(acknowledged.length).toBeGreaterThanOrEqual(before);
  const second = await spawnServer(args, env);
  servers.push(second);
  await expectAllPresent(second, acknowledged);
  await second.stop();
}

const dataDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return ['--data-dir', dir];
};

describe('crash safety: every acknowledged write survives SIGKILL', () => {
  it('on PGlite (embedded, data dir)', async () => {
    await expectNoAcknowledgedLoss(dataDir('knead-crash-'), {}, 150);
  }, 120_000);

  it('on PGlite with 16 concurrent writers sharing group commits (decision 0025)', async () => {
    await expectNoAcknowledgedLoss(dataDir('knead-crash-group-'), {}, 2000, 16);
  }, 180_000);

  const postgresUrl = inject('postgresUrl');
  it.skipIf(!postgresUrl)(
    'on PostgreSQL',
    async () => {
      const env = { DATABASE_URL: await createTestDatabase(postgresUrl), KNEAD_MODE: 'local' };
      await expectNoAcknowledgedLoss([], env, 300);
    },
    120_000,
  );
});
