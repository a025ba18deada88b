import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../core/repositories';
import { openStore } from '../store/open-store';
import { createTestDatabase } from './test-database';

export interface AttackBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** False when no PostgreSQL test cluster is available (the PostgreSQL cases then skip). */
  available: boolean;
  open(): Promise<Store>;
}

const dirs: string[] = [];
/** Removes the PGlite data directories made by `attackBackends` (call from afterAll). */
export function removeAttackDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The two real databases every attack test runs against: PGlite in a fresh data dir, and a fresh PostgreSQL database. */
export function attackBackends(postgresUrl: string): AttackBackend[] {
  return [
    {
      name: 'PGlite',
      available: true,
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'knead-attack-'));
        dirs.push(dir);
        return openStore({ dataDir: dir });
      },
    },
    {
      name: 'PostgreSQL',
      available: Boolean(postgresUrl),
      open: async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }),
    },
  ];
}
