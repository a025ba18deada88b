import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeStoreContract } from '../test-support/journal-contract';
import { createTestDatabase } from '../test-support/test-database';
import { defaultDataDir, openStore } from './open-store';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('PGlite (data dir)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-lite-'));
  dirs.push(dir);
  return openStore({ dataDir: dir });
});

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeStoreContract('PostgreSQL', async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }));

  it('runs migrations once when several processes open one database at the same time', async () => {
    const url = await createTestDatabase(postgresUrl);
    const stores = await Promise.all([openStore({ databaseUrl: url }), openStore({ databaseUrl: url })]);
    for (const store of stores) await expect(store.ping()).resolves.toBeUndefined();
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('defaultDataDir', () => {
  it('follows KNEAD_DATA_DIR, then XDG_DATA_HOME', () => {
    expect(defaultDataDir({ KNEAD_DATA_DIR: '/srv/knead' })).toBe('/srv/knead');
    if (process.platform === 'linux') expect(defaultDataDir({ XDG_DATA_HOME: '/x/share' })).toBe('/x/share/knead');
  });
});

describe('PGlite data directory lock', () => {
  it('refuses a second opener while the first is open, and releases on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knead-lock-'));
    dirs.push(dir);
    const first = await openStore({ dataDir: dir });
    const { lockDataDir, DataDirInUseError } = await import('./data-dir-lock');
    // Same pid: simulate another process by writing a live foreign pid (our parent) into the lock.
    const { writeFileSync } = await import('node:fs');
    await first.close();
    writeFileSync(join(dir, 'knead.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    writeFileSync(join(dir, 'knead.lock'), '999999999');
    const release = lockDataDir(dir);
    release();
  });
});
