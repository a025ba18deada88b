import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableNodeFS, SYNCED_MARKER, wasShutDownCleanly } from './durable-node-fs';
import { DURABLE_START_PARAMS } from './open-store';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-durable-'));
  dirs.push(dir);
  return dir;
};

/** Counts the files it made durable outside the WAL (the whole-directory walk; WAL syncs happen on every query). */
class CountingFS extends DurableNodeFS {
  readonly syncedOutsideWal = new Set<string>();
  constructor(readonly dir: string) {
    super(dir);
  }
  protected override synced(path: string): void {
    super.synced(path);
    const name = relative(this.dir, path);
    if (!name.startsWith('pg_wal')) this.syncedOutsideWal.add(name);
  }
}

/** A pg_control whose ControlFileData.state is `state` (only the field this reads; the rest is zeros). */
function fakeControl(dir: string, state: number): void {
  mkdirSync(join(dir, 'global'), { recursive: true });
  const bytes = Buffer.alloc(296);
  bytes.writeUInt32LE(state, 16);
  writeFileSync(join(dir, 'global', 'pg_control'), bytes);
}

async function openAndWrite(fs: CountingFS): Promise<PGlite> {
  const db = new PGlite({ fs, relaxedDurability: false, startParams: DURABLE_START_PARAMS });
  await db.waitReady;
  await db.query('create table if not exists notes (id serial primary key, body text)');
  await db.query("insert into notes (body) values ('x')");
  return db;
}

describe('wasShutDownCleanly reads the state PostgreSQL left in pg_control', () => {
  it.each([
    [1, true, 'shut down'],
    [2, true, 'shut down in recovery'],
    [6, false, 'in production: it crashed'],
    [4, false, 'in crash recovery'],
  ])('state %i → %s (%s)', (state, clean) => {
    const dir = tempDir();
    fakeControl(dir, state);
    expect(wasShutDownCleanly(dir)).toBe(clean);
  });
  it('a directory without pg_control (new) is not clean', () => {
    expect(wasShutDownCleanly(tempDir())).toBe(false);
  });
});

describe('the whole data directory is fsynced at open only when it may hold unsynced files', () => {
  it('syncs a new directory whole and marks it; a clean reopen skips the walk; a crash or a missing mark does not', async () => {
    const dir = tempDir();
    const first = new CountingFS(dir);
    expect(first.syncsWholeDirectory).toBe(true);
    await (await openAndWrite(first)).close();
    // initdb's ~1,000 files were written without fsync: all made durable once.
    expect(first.syncedOutsideWal.size).toBeGreaterThan(100);
    expect(wasShutDownCleanly(dir)).toBe(true);

    const second = new CountingFS(dir);
    expect(second.syncsWholeDirectory).toBe(false);
    const db = await openAndWrite(second);
    expect(second.syncedOutsideWal.size).toBe(0);
    // While it runs the control file says "in production": had the process died now, the next open would walk.
    expect(wasShutDownCleanly(dir)).toBe(false);
    expect(new CountingFS(dir).syncsWholeDirectory).toBe(true);
    await db.close();

    // A directory from a version before the mark (or one whose mark was lost) is walked again, then marked.
    unlinkSync(join(dir, SYNCED_MARKER));
    const third = new CountingFS(dir);
    expect(third.syncsWholeDirectory).toBe(true);
    await (await openAndWrite(third)).close();
    expect(third.syncedOutsideWal.size).toBeGreaterThan(100);
    expect(new CountingFS(dir).syncsWholeDirectory).toBe(false);
  }, 60_000);
});
