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

/** Streams episode writes from several clients, SIGKILLs the server mid-stream, returns the acknowledged ids. */
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

async function expectAllPresent(server: SpawnedServer, ids: string[]) {
  const missing: string[] = [];
  for (const id of ids) {
    const response = await fetch(`${server.url}/api/v1/episodes/${id}`);
    if (response.status !== 200) missing.push(id);
  }
  expect(missing).toEqual([]);
}

describe('crash safety: every acknowledged write survives SIGKILL', () => {
  it('on PGlite (embedded, data dir)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knead-crash-'));
    dirs.push(dir);
    const first = await spawnServer(['--data-dir', dir]);
    servers.push(first);
    const acknowledged = await writeUntilKilled(first, 150);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    const second = await spawnServer(['--data-dir', dir]);
    servers.push(second);
    await expectAllPresent(second, acknowledged);
    await second.stop();
  }, 120_000);

  const postgresUrl = inject('postgresUrl');
  it.skipIf(!postgresUrl)(
    'on PostgreSQL',
    async () => {
      const env = { DATABASE_URL: await createTestDatabase(postgresUrl), KNEAD_MODE: 'local' };
      const first = await spawnServer([], env);
      servers.push(first);
      const acknowledged = await writeUntilKilled(first, 300);
      expect(acknowledged.length).toBeGreaterThanOrEqual(300);
      const second = await spawnServer([], env);
      servers.push(second);
      await expectAllPresent(second, acknowledged);
      await second.stop();
    },
    120_000,
  );
});
