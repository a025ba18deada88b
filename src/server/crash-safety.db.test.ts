import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findMissing, loadUntilKilled } from '../test-support/crash-load';
import { buildEpisode } from '../test-support/factories';
import { type SpawnedServer, spawnServer } from '../test-support/spawn-server';
import { createTestDatabase } from '../test-support/test-database';

const dirs: string[] = [];
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.kill();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Streams episode writes from 4 concurrent clients, SIGKILLs the server mid-stream, returns the acknowledged ids. */
async function writeUntilKilled(server: SpawnedServer, acknowledgedBeforeKill: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let killed = false;
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
        await server.kill();
      }
    }
  };
  await Promise.all([client(), client(), client(), client()]);
  return acknowledged;
}

/** The benchmark's load until `before` writes are answered 201, then SIGKILL; prints the rate it ran at. */
async function benchLoadUntilKilled(server: SpawnedServer, before: number, connections: number): Promise<string[]> {
  const { acknowledged, rate } = await loadUntilKilled(server, before, connections);
  console.log(`${before} writes acknowledged at ${Math.round(rate)} writes/s by ${connections} connections`);
  return acknowledged;
}

/** `write`s until `before` are acknowledged and SIGKILLs the server, restarts it, and expects every acknowledged write. */
async function expectNoAcknowledgedLoss(
  args: string[],
  env: NodeJS.ProcessEnv,
  before: number,
  write: (server: SpawnedServer, before: number) => Promise<string[]> = writeUntilKilled,
) {
  const first = await spawnServer(args, env);
  servers.push(first);
  const acknowledged = await write(first, before);
  expect(acknowledged.length).toBeGreaterThanOrEqual(before);
  const second = await spawnServer(args, env);
  servers.push(second);
  expect(await findMissing(second, acknowledged)).toEqual([]);
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
    await expectNoAcknowledgedLoss(dataDir('knead-crash-group-'), {}, 5000, (server, before) =>
      benchLoadUntilKilled(server, before, 16),
    );
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
