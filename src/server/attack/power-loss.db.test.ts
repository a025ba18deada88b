import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableNodeFS, type NodeFsStreams } from '../../store/durable-node-fs';
import { DURABLE_START_PARAMS } from '../../store/open-store';

// Attack (from reading the code): PGlite's NODEFS has no fsync, so at a checkpoint PostgreSQL's fsync of the data
// files did nothing; it then moves the redo point and recycles WAL, and a power loss could lose acknowledged
// commits whose pages were still in the OS cache. This file system records every write the disk has not been told
// to keep (a power loss would drop exactly those) and checks what is left after each step.
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Stream = { nfd?: number; node: unknown };
type NodeFsModule = { NODEFS: NodeFsStreams & { realPath(node: unknown): string } };

class WatchedFS extends DurableNodeFS {
  /** Files written since their last fsync (relative to the data dir). */
  readonly unsynced = new Set<string>();
  constructor(readonly dir: string) {
    super(dir);
  }
  protected override synced(path: string): void {
    this.unsynced.delete(relative(this.dir, path));
  }
  protected override preRun() {
    return [
      ...super.preRun(),
      ((module: NodeFsModule) => {
        const ops = module.NODEFS.stream_ops as Record<string, (stream: Stream, ...rest: unknown[]) => number>;
        const path = (stream: Stream) => relative(this.dir, module.NODEFS.realPath(stream.node));
        const { write, fsync } = ops;
        ops.write = (stream, ...rest) => {
          this.unsynced.add(path(stream));
          return (write as (...a: unknown[]) => number)(stream, ...rest);
        };
        ops.fsync = (stream) => {
          const result = fsync ? fsync(stream) : 0;
          if (fsync) this.unsynced.delete(path(stream));
          return result;
        };
      }) as unknown as ReturnType<DurableNodeFS['preRun']>[number],
    ];
  }
}

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
      expect([...fs.unsynced].filter((file) => file.startsWith('pg_wal/'))).toEqual([]);
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
