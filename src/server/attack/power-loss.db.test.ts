import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DURABLE_START_PARAMS } from '../../store/open-store';
import { WatchedFS } from '../../test-support/watched-fs';

// Attack (from reading the code): PGlite's NODEFS has no fsync, so at a checkpoint PostgreSQL's fsync of the data
// files did nothing; it then moves the redo point and recycles WAL, and a power loss could lose acknowledged
// commits whose pages were still in the OS cache. This file system records every write the disk has not been told
// to keep (a power loss would drop exactly those) and checks what is left after each step.
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('attack: PGlite durability across a simulated power loss', () => {
  it('leaves no acknowledged commit in WAL alone, and no data file unsynced once a checkpoint returns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knead-power-'));
    dirs.push(dir);
    const fs = new WatchedFS(dir);
    const db = new PGlite({ fs, relaxedDurability: false, startParams: DURABLE_START_PARAMS });
    await db.waitReady;
    await db.query('create table notes (id int primary key, body text not null)');
    for (let i = 0; i < 200; i++) {
      await db.query('insert into notes values ($1, $2)', [i, `acknowledged ${i}`]);
      // Every acknowledged commit is in the WAL on disk.
      expect(fs.unsyncedWal()).toEqual([]);
    }
    // The inserts' pages sit only in the OS cache until the checkpoint writes and fsyncs them.
    expect([...fs.unsynced].some((file) => file.startsWith('base/'))).toBe(true);
    await db.query('checkpoint');
    // After the checkpoint PostgreSQL may recycle the WAL that covered those pages: they must be on disk. (It never
    // fsyncs, by design, what it rebuilds after a crash: the relcache init file and pg_subtrans.)
    const rebuilt = /pg_internal\.init|^pg_subtrans\//;
    expect([...fs.unsynced].filter((file) => !rebuilt.test(file))).toEqual([]);
    await db.close();
  }, 60_000);
});
