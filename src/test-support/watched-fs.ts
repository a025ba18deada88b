import { relative } from 'node:path';
import { DurableNodeFS, type NodeFsStreams } from '../store/durable-node-fs';

type Stream = { nfd?: number; node: unknown };
type NodeFsModule = { NODEFS: NodeFsStreams & { realPath(node: unknown): string } };

/**
 * A DurableNodeFS that records every write the disk has not been told to keep (a power loss would drop exactly
 * those), and counts the WAL fdatasyncs it makes.
 */
export class WatchedFS extends DurableNodeFS {
  /** Files written since their last fsync (relative to the data dir). */
  readonly unsynced = new Set<string>();
  /** fdatasyncs of WAL segments so far (syncToFs makes one per segment). */
  walSyncs = 0;
  /** Writes per file, and how many a file had when its running fdatasync started (it covers only those). */
  readonly #writes = new Map<string, number>();
  readonly #started = new Map<string, number>();
  constructor(readonly dir: string) {
    super(dir);
  }
  /** WAL files written and not yet synced: an acknowledged commit must leave none. */
  unsyncedWal(): string[] {
    return [...this.unsynced].filter((file) => file.startsWith('pg_wal/'));
  }
  protected override syncing(path: string): void {
    const file = relative(this.dir, path);
    this.#started.set(file, this.#writes.get(file) ?? 0);
  }
  protected override synced(path: string): void {
    const file = relative(this.dir, path);
    if (/^pg_wal\/[0-9A-F]{24}$/.test(file)) this.walSyncs++;
    const started = this.#started.get(file);
    this.#started.delete(file);
    // A write made while the fdatasync ran may not be covered by it.
    if (started === undefined || started === (this.#writes.get(file) ?? 0)) this.unsynced.delete(file);
  }
  protected override preRun() {
    return [
      ...super.preRun(),
      ((module: NodeFsModule) => {
        const ops = module.NODEFS.stream_ops as Record<string, (stream: Stream, ...rest: unknown[]) => number>;
        const path = (stream: Stream) => relative(this.dir, module.NODEFS.realPath(stream.node));
        const { write, fsync } = ops;
        ops.write = (stream, ...rest) => {
          const file = path(stream);
          this.unsynced.add(file);
          this.#writes.set(file, (this.#writes.get(file) ?? 0) + 1);
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
