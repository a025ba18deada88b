import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite's Node filesystem writes through to the OS but its WASM fsync is a no-op, so a commit survives a
 * process crash but not a power loss. PGlite calls `syncToFs` after every query (relaxedDurability off);
 * fsyncing the WAL there makes each acknowledged commit durable, as PostgreSQL's own fsync would.
 */
export class DurableNodeFS extends NodeFS {
  readonly #walDir: string;

  constructor(dataDir: string) {
    super(dataDir);
    this.#walDir = join(dataDir, 'pg_wal');
  }

  override async syncToFs(): Promise<void> {
    syncDirectory(this.#walDir);
  }
}

function syncDirectory(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // before initdb has created pg_wal
  }
  for (const name of names) {
    if (name.length !== 24) continue; // WAL segments only (24 hex digits), not archive_status/
    fsyncPath(join(dir, name), 'r+');
  }
  fsyncPath(dir, 'r');
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
