import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GROUP_OR_OTHER = 0o077;

/** Chmods one entry (and a directory's contents) to owner-only; returns how many entries it changed. */
function restrict(path: string): number {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return 0;
  let changed = 0;
  if (stat.mode & GROUP_OR_OTHER) {
    chmodSync(path, stat.isDirectory() ? 0o700 : 0o600);
    changed = 1;
  }
  if (!stat.isDirectory()) return changed;
  for (const name of readdirSync(path)) changed += restrict(join(path, name));
  return changed;
}

/**
 * The journal is health data: its directory is 0700 and every file 0600, whatever the umask. Creates the directory
 * when missing and repairs looser modes (a directory made by an older Knead); returns how many entries it repaired.
 */
export function secureDataDir(dataDir: string): number {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return restrict(dataDir);
}
