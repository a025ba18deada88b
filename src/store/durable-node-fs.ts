import { closeSync, fdatasyncSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFS } from '@electric-sql/pglite/nodefs';

interface EmscriptenModule {
  NODEFS: { node_ops: Record<string, (...args: never[]) => unknown> };
}

const PRIVATE = ~0o077;

/** Masks group and other permission bits off every mode the filesystem creates or sets (type bits are kept). */
function restrictModes(module: EmscriptenModule): void {
  const ops = module.NODEFS.node_ops as unknown as {
    mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
    setattr(node: unknown, attr: { mode?: number }): unknown;
  };
  const { mknod, setattr } = ops;
  ops.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & PRIVATE, dev);
  ops.setattr = (node, attr) => setattr(node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & PRIVATE });
}

/**
 * PGlite's Node filesystem writes through to the OS but its WASM fsync is a no-op, so a commit survives a
 * process crash but not a power loss. PGlite calls `syncToFs` after every query (relaxedDurability off);
 * flushing the WAL there makes each acknowledged commit durable, as PostgreSQL's own fsync would.
 */
export class DurableNodeFS extends NodeFS {
  readonly #walDir: string;
  /** Open descriptors of the WAL segments, so a sync is one fdatasync per segment (cheap when clean). */
  readonly #segments = new Map<string, number>();
  #dirStamp = '';

  constructor(dataDir: string) {
    super(dataDir);
    this.#walDir = join(dataDir, 'pg_wal');
  }

  /** Postgres asks for 0600/0700 but the WASM build passes 0666/0777: keep every new file private to this user. */
  override async init(pg: Parameters<NodeFS['init']>[0], opts: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const preRun = [...((emscriptenOpts.preRun ?? []) as ((module: EmscriptenModule) => void)[]), restrictModes];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } };
  }

  override async syncToFs(): Promise<void> {
    let stamp: string;
    try {
      const stat = statSync(this.#walDir);
      stamp = `${stat.mtimeMs}:${stat.ino}`;
    } catch {
      return; // before initdb has created pg_wal
    }
    if (stamp !== this.#dirStamp) this.#refreshSegments(stamp);
    for (const fd of this.#segments.values()) fdatasyncSync(fd);
  }

  override async closeFs(): Promise<void> {
    await this.syncToFs();
    for (const fd of this.#segments.values()) closeSync(fd);
    this.#segments.clear();
    await super.closeFs();
  }

  /** Segments were created, recycled or removed: reopen them and make the directory entries durable. */
  #refreshSegments(stamp: string): void {
    for (const fd of this.#segments.values()) closeSync(fd);
    this.#segments.clear();
    for (const name of readdirSync(this.#walDir)) {
      if (name.length !== 24) continue; // WAL segments only (24 hex digits), not archive_status/
      this.#segments.set(name, openSync(join(this.#walDir, name), 'r+'));
    }
    const dir = openSync(this.#walDir, 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
    this.#dirStamp = stamp;
  }
}
