import {
  closeSync,
  existsSync,
  fdatasync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** Emscripten's NODEFS as the WASM module holds it: every file and directory stream shares these operations. */
export interface NodeFsStreams {
  stream_ops: { fsync?: (stream: { nfd?: number }) => number; [op: string]: unknown };
}
/** A file's node in Emscripten's tree: its name and its directory's node. */
interface FsNode {
  name: string;
  parent?: FsNode;
}
interface NodeFsNodes {
  node_ops: Record<string, unknown>;
}
type InitOptions = Parameters<NodeFS['init']>[1];
type PreRun = (module: { NODEFS: NodeFsStreams & NodeFsNodes }) => void;

const PRIVATE = ~0o077;
const fdatasyncInPool = promisify(fdatasync);

/** Written once the whole data directory has been fsynced by this code (directories of older versions lack it). */
export const SYNCED_MARKER = 'knead-synced';
/** ControlFileData.state (an int after two uint64-aligned fields: system identifier, two uint32 versions). */
const CONTROL_STATE_OFFSET = 16;
/** DB_SHUTDOWNED and DB_SHUTDOWNED_IN_RECOVERY: the server stopped after a shutdown checkpoint, fsyncs included. */
const CLEAN_STATES = new Set([1, 2]);

/**
 * Whether PostgreSQL last stopped cleanly, read from `global/pg_control` as PostgreSQL itself decides whether to
 * run SyncDataDirectory at start-up: anything but a shut-down state means a crash, and files it wrote may sit
 * only in the OS cache.
 */
export function wasShutDownCleanly(dataDir: string): boolean {
  let fd: number;
  try {
    fd = openSync(join(dataDir, 'global', 'pg_control'), 'r');
  } catch {
    return false;
  }
  try {
    const bytes = Buffer.alloc(4);
    if (readSync(fd, bytes, 0, 4, CONTROL_STATE_OFFSET) !== 4) return false;
    return CLEAN_STATES.has(bytes.readUInt32LE(0));
  } finally {
    closeSync(fd);
  }
}

/** Masks group and other permission bits off every mode the filesystem creates or sets (type bits are kept). */
function restrictModes(nodefs: NodeFsNodes): void {
  const ops = nodefs.node_ops as unknown as {
    mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
    setattr(node: unknown, attr: { mode?: number }): unknown;
  };
  const { mknod, setattr } = ops;
  ops.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & PRIVATE, dev);
  ops.setattr = (node, attr) => setattr(node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & PRIVATE });
}

/**
 * Gives Emscripten's NODEFS the fsync it lacks: PostgreSQL's fsync() of data files, SLRUs and directories at a
 * checkpoint (before it moves the redo point and recycles WAL) then reaches the disk (docs/decisions/0010).
 */
export function installFsync(nodefs: NodeFsStreams): void {
  nodefs.stream_ops.fsync = (stream) => {
    if (stream.nfd === undefined) return 0;
    try {
      fsyncSync(stream.nfd);
    } catch (error) {
      // PostgreSQL tolerates these for directories (fsync_fname); anything else must fail the checkpoint.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EISDIR' && code !== 'EBADF' && code !== 'EINVAL') return 29; // EIO
    }
    return 0;
  };
}

/**
 * PGlite's Node filesystem writes through to the OS but its WASM fsync and fdatasync are no-ops, so a commit
 * survives a process crash but not a power loss. PGlite calls `syncToFs` after every query (relaxedDurability
 * off); flushing the WAL there makes each acknowledged commit durable, as PostgreSQL's own fdatasync would, and
 * installFsync makes the checkpoint's fsync of the data files real.
 */
export class DurableNodeFS extends NodeFS {
  readonly #walDir: string;
  /** Open descriptors of the WAL segments, so a sync is one fdatasync per segment (cheap when clean). */
  readonly #segments = new Map<string, number>();
  #dirStamp = '';
  readonly #dataDir: string;
  #wholeDirSynced = false;
  /** Something was written to a WAL segment since the last fdatasync (unknown, so true, before the first). */
  #walWritten = true;
  /** The last sync queued: syncs run one after another (see syncToFs). */
  #lastSync: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    super(dataDir);
    this.#dataDir = dataDir;
    this.#walDir = join(dataDir, 'pg_wal');
    // A directory this code synced whole once, and that stopped cleanly since, has every file on disk: its
    // checkpoints (shutdown included) fsynced what they wrote. Skipping the walk saves ~1,000 fsyncs a start.
    this.#wholeDirSynced = existsSync(join(dataDir, SYNCED_MARKER)) && wasShutDownCleanly(dataDir);
  }

  /** Whether this open fsyncs the whole directory at its first sync (a new, crashed or older directory). */
  get syncsWholeDirectory(): boolean {
    return !this.#wholeDirSynced;
  }

  /**
   * Hooks run on the WASM module before PostgreSQL starts (tests add one that watches writes). Postgres asks for
   * 0600/0700 but the WASM build passes 0666/0777: restrictModes keeps every new file private to this user.
   */
  protected preRun(): PreRun[] {
    return [
      (module) => installFsync(module.NODEFS),
      (module) => restrictModes(module.NODEFS),
      (module) => this.#watchWalWrites(module.NODEFS),
    ];
  }

  /** Notes each write to a WAL segment, so a sync with nothing new to flush costs no fdatasync (decision 0025). */
  #watchWalWrites(nodefs: NodeFsStreams): void {
    const ops = nodefs.stream_ops as { write: (stream: { node?: FsNode }, ...rest: unknown[]) => number };
    const { write } = ops;
    ops.write = (stream, ...rest) => {
      if (stream.node?.parent?.name === 'pg_wal') this.#walWritten = true;
      return write(stream, ...rest);
    };
  }

  override async init(pg: PGlite, opts: InitOptions) {
    const result = await super.init(pg, opts);
    const preRun = [...(result.emscriptenOpts.preRun ?? []), ...this.preRun()] as NonNullable<
      typeof result.emscriptenOpts.preRun
    >;
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun } };
  }

  /**
   * Syncs run one at a time, each after the ones queued before it, and the WAL fdatasync runs in libuv's thread
   * pool, so the event loop serves requests meanwhile. A sync that finds nothing written to the WAL since the
   * last one started returns once that one has finished: whatever its caller wrote was written before that
   * fdatasync began.
   */
  override syncToFs(): Promise<void> {
    const sync = this.#lastSync.catch(() => undefined).then(() => this.#sync());
    this.#lastSync = sync;
    return sync;
  }

  async #sync(): Promise<void> {
    let stamp: string;
    try {
      const stat = statSync(this.#walDir);
      stamp = `${stat.mtimeMs}:${stat.ino}`;
    } catch {
      return; // before initdb has created pg_wal
    }
    if (!this.#wholeDirSynced) {
      // initdb, a crash and a run of an older version leave files that were never fsynced: make the whole
      // directory durable, as PostgreSQL's own SyncDataDirectory does after a crash.
      this.#syncTree(this.#dataDir);
      this.#writeMarker();
      this.#wholeDirSynced = true;
    }
    if (stamp !== this.#dirStamp) this.#refreshSegments(stamp);
    else if (!this.#walWritten) return; // PGlite syncs after every statement, reads and BEGIN included
    this.#walWritten = false;
    try {
      await Promise.all(
        [...this.#segments].map(async ([name, fd]) => {
          const path = join(this.#walDir, name);
          this.syncing(path);
          await fdatasyncInPool(fd);
          this.synced(path);
        }),
      );
    } catch (error) {
      this.#walWritten = true; // not known to be on disk: the next sync must try again
      throw error;
    }
  }

  /** Called with each WAL path whose fdatasync is starting: writes after this are not covered by it (tests). */
  protected syncing(_path: string): void {}

  /** Called with each path this class has just made durable (tests watch it). */
  protected synced(_path: string): void {}

  #writeMarker(): void {
    const path = join(this.#dataDir, SYNCED_MARKER);
    const fd = openSync(path, 'w', 0o600);
    try {
      writeSync(fd, 'every file of this directory was fsynced once; checkpoints keep it so\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#fsyncPath(this.#dataDir, 'r');
  }

  #syncTree(dir: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) this.#syncTree(path);
      else if (entry.isFile()) this.#fsyncPath(path, 'r+');
    }
    this.#fsyncPath(dir, 'r');
  }

  #fsyncPath(path: string, flags: 'r' | 'r+'): void {
    const fd = openSync(path, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.synced(path);
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
    this.#fsyncPath(this.#walDir, 'r');
    this.#dirStamp = stamp;
  }
}

/**
 * PGlite's `transaction()` syncs the file system after its BEGIN but not after its COMMIT (it skips the sync while
 * its in-transaction flag is set, and clears the flag only after COMMIT), so a transaction would be acknowledged
 * before its WAL reached the disk. This makes every transaction resolve only after the WAL is fdatasynced.
 * `fs.syncToFs` is called directly: PGlite's own `syncToFs` returns at once when another sync is already queued.
 */
export function syncAfterTransactions(client: PGlite, fs: Pick<DurableNodeFS, 'syncToFs'>): void {
  const transaction = client.transaction.bind(client);
  client.transaction = async (work) => {
    const result = await transaction(work);
    await fs.syncToFs();
    return result;
  };
}
