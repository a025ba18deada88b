import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import type { Store } from '../core/repositories';
import { createAccountStore } from './account-store';
import { createCareTeamStore } from './care-team-store';
import { advertiseServer, lockDataDir } from './data-dir-lock';
import { secureDataDir } from './data-dir-mode';
import { withDataErrors } from './data-errors';
import type { Database } from './database';
import { distributeTables, type RunSql } from './distribution';
import { DurableNodeFS, syncAfterTransactions } from './durable-node-fs';
import { createGroupCommit, mergedWrites, type WriteQueue } from './group-commit';
import { createInsightsReader, type RawQuery } from './insights-reader';
import { createJournalStore } from './journal-store';
import { createPostgresPool } from './postgres-pool';
import { createProfileStore } from './profile-store';
import { createRateLimitStore } from './rate-limit-store';
import { createScheduleStore, createShareStore } from './share-store';

export interface StoreConfig {
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; 'memory://' keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL pool size (default 20): more concurrent commits share each WAL flush (group commit). */
  poolSize?: number | undefined;
  /** Told one line when the store fixed something at start (e.g. a data directory readable by other users). */
  onNotice?: ((line: string) => void) | undefined;
  /** PostgreSQL is a Citus coordinator (KNEAD_CITUS=1): distribute the tables after the migrations (decision 0017).
   *  `run` replaces the connection for the Citus calls: CI, which has no Citus, records them instead. */
  citus?: { run?: RunSql | undefined; shardCount?: number | undefined } | undefined;
  /** Told every statement the store runs (tests check that each per-user statement names its user_id). */
  onQuery?: ((query: string, params: unknown[]) => void) | undefined;
  /** Rows per page when insights read the journal (tests make it small to cross page edges). */
  insightsPageRows?: number | undefined;
  /** Handed the raw query runner once the migrations ran (benchmarks seed large journals with set-based SQL). */
  withRawQuery?: ((query: RawQuery) => void) | undefined;
}

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));
/** Any constant: serialises migrations when several API processes start on one PostgreSQL. */
const MIGRATION_LOCK = 5317_0001;

/** The platform's per-user data directory for Knead ($XDG_DATA_HOME/knead, else ~/.local/share/knead). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KNEAD_DATA_DIR) return env.KNEAD_DATA_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'knead');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'knead');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'knead');
}

function assemble(
  kind: Store['kind'],
  db: Database,
  query: RawQuery,
  config: StoreConfig,
  ping: () => Promise<void>,
  close: () => Promise<void>,
  writes?: WriteQueue,
): Store {
  config.withRawQuery?.(query);
  const pageRows = config.insightsPageRows;
  return {
    kind,
    journal: createJournalStore(db, writes),
    insights: createInsightsReader(query, pageRows),
    accounts: withDataErrors(createAccountStore(db)),
    shares: withDataErrors(createShareStore(db)),
    schedules: withDataErrors(createScheduleStore(db)),
    profiles: withDataErrors(createProfileStore(db)),
    careTeam: withDataErrors(createCareTeamStore(db, query)),
    rateLimits: createRateLimitStore(db),
    ping,
    close,
  };
}

/** Opens PostgreSQL (when `databaseUrl` is set) or PGlite, and runs the migrations before returning. */
export async function openStore(config: StoreConfig = {}): Promise<Store> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 20, config);
  return openPglite(config.dataDir ?? defaultDataDir(), config);
}

/** PGlite starts PostgreSQL with -F (fsync off): without it a checkpoint fsyncs what it wrote (decision 0010). */
export const DURABLE_START_PARAMS = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams.filter(
  (param) => param !== '-F',
);

const queryLogger = (config: StoreConfig) => (config.onQuery ? { logQuery: config.onQuery } : false);

async function openPglite(dataDir: string, config: StoreConfig): Promise<Store> {
  const { onNotice } = config;
  const memory = dataDir === 'memory://';
  const repaired = memory ? 0 : secureDataDir(dataDir);
  if (repaired > 0) {
    onNotice?.(`made ${dataDir} private to this user (0700 directories, 0600 files; ${repaired} entries repaired)`);
  }
  const unlock = memory ? () => undefined : lockDataDir(dataDir);
  try {
    const fs = memory ? null : new DurableNodeFS(dataDir);
    const client = fs ? new PGlite({ fs, relaxedDurability: false, startParams: DURABLE_START_PARAMS }) : new PGlite();
    await client.waitReady;
    if (fs) syncAfterTransactions(client, fs);
    const logger = queryLogger(config);
    const db = drizzleLite({ client, logger });
    await migrateLite(db, { migrationsFolder: MIGRATIONS });
    const store = assemble(
      'pglite',
      db as unknown as Database,
      async (text, params) => {
        config.onQuery?.(text, params);
        return (await client.query<unknown[]>(text, params, { rowMode: 'array' })).rows;
      },
      config,
      async () => {
        await client.query('select 1');
      },
      async () => {
        await client.close();
        unlock();
      },
      createGroupCommit(client, { logger }),
    );
    return memory ? store : { ...store, advertise: (server) => advertiseServer(dataDir, server) };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPostgres(connectionString: string, max: number, config: StoreConfig): Promise<Store> {
  const pool = createPostgresPool(connectionString, max);
  // An idle client dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool, logger: queryLogger(config) });
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(db, { migrationsFolder: MIGRATIONS });
    if (config.citus) await distributeTables(config.citus.run ?? ((text) => lock.query(text)), config.citus.shardCount);
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
  return assemble(
    'postgres',
    db as unknown as Database,
    async (text, params) => {
      config.onQuery?.(text, params);
      return (await pool.query<unknown[]>({ text, values: params, rowMode: 'array' })).rows;
    },
    config,
    async () => {
      await pool.query('select 1');
    },
    () => pool.end(),
    mergedWrites(db as unknown as Database),
  );
}
