import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a live `knead serve` holding a data directory answers, and the per-start secret that proves it is that one. */
export interface DataDirServer {
  url: string;
  token: string;
}

/** What the lock file says: the holder's pid and, once a server listens, where it answers (decision 0014). */
interface LockContents {
  pid: number;
  server?: DataDirServer;
}

/** Thrown when another live process already has the embedded database open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    /** Set when the holder is a `knead serve` that has said where it listens: commands can go through it. */
    readonly server: DataDirServer | null = null,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${pid} (is \`knead serve\` running?); stop it or use another --data-dir`,
    );
    this.name = 'DataDirInUseError';
  }
}

const lockPath = (dataDir: string) => join(dataDir, 'knead.lock');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a lock file: JSON since decision 0014, a bare pid before it. Unreadable contents count as no owner. */
function readLock(path: string): LockContents {
  const text = readFileSync(path, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; server?: { url?: unknown; token?: unknown } };
    const pid = typeof parsed.pid === 'number' ? parsed.pid : 0;
    const { url, token } = parsed.server ?? {};
    return typeof url === 'string' && typeof token === 'string' ? { pid, server: { url, token } } : { pid };
  } catch {
    return { pid: 0 };
  }
}

/** Replaces the lock's contents in one step (write aside, rename), so a reader never sees half a file. */
function writeLock(path: string, contents: LockContents): void {
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(contents), { mode: 0o600 });
  renameSync(aside, path);
}

/**
 * PGlite is single-process: two processes on one data directory would corrupt it. Takes an exclusive lock file
 * (a stale one, left by a killed process, is taken over) and returns its release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid }), { flag: 'wx', mode: 0o600 });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLock(path);
      if (Number.isInteger(owner.pid) && owner.pid > 0 && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new DataDirInUseError(dataDir, owner.pid, owner.server ?? null);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

/** Records, in the lock this process holds, where its server listens (the file stays 0600: the token is secret). */
export function advertiseServer(dataDir: string, server: DataDirServer): void {
  const path = lockPath(dataDir);
  const owner = readLock(path);
  if (owner.pid !== process.pid) throw new Error(`${path} is not held by this process`);
  writeLock(path, { pid: process.pid, server });
}
