import { openStore } from '../store/open-store';
import { createWorkerAnalyser } from './insights-analyser';
import { createKnead, type Knead, type KneadMode } from './knead';

/** Thrown when a live process holds the data directory; `server` says where its `knead serve` answers (0013). */
export { DataDirInUseError, type DataDirServer } from '../store/data-dir-lock';

export interface OpenKneadOptions {
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  mode?: KneadMode | undefined;
  env?: NodeJS.ProcessEnv;
  /** Where the store's one-line start-up notices go (default: standard error). */
  onNotice?: (line: string) => void;
  /** Accounts mode: minutes without a request before a session ends (default 30). */
  sessionIdleMinutes?: number | undefined;
  /** Analyse large journals' insights in a worker thread, so a long analysis does not hold up other requests
   *  (`knead serve`; decision 0029). */
  insightsWorker?: boolean | undefined;
}

/** KNEAD_MODE wins; otherwise accounts mode exactly when a PostgreSQL DATABASE_URL is configured. */
export function resolveMode(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): KneadMode {
  if (env.KNEAD_MODE === 'server' || env.KNEAD_MODE === 'local') return env.KNEAD_MODE;
  if (env.KNEAD_MODE) throw new Error(`KNEAD_MODE must be local or server (got ${env.KNEAD_MODE})`);
  return databaseUrl ? 'server' : 'local';
}

/** Opens the configured store (DATABASE_URL → PostgreSQL, else PGlite in the data dir) and wires the use cases. */
export async function openKnead(options: OpenKneadOptions = {}): Promise<Knead> {
  const env = options.env ?? process.env;
  const databaseUrl = options.databaseUrl ?? (env.DATABASE_URL || undefined);
  const mode = options.mode ?? resolveMode(env, databaseUrl);
  const poolSize = env.KNEAD_DB_POOL ? Number(env.KNEAD_DB_POOL) : undefined;
  const store = await openStore({
    databaseUrl,
    dataDir: options.dataDir ?? (env.KNEAD_DATA_DIR || undefined),
    poolSize,
    // A Citus coordinator: the same migrations, then the tables distributed by user (docs/scaling.md).
    citus:
      env.KNEAD_CITUS === '1'
        ? { shardCount: env.KNEAD_CITUS_SHARDS ? Number(env.KNEAD_CITUS_SHARDS) : undefined }
        : undefined,
    onNotice: options.onNotice ?? ((line) => process.stderr.write(`knead: ${line}\n`)),
  });
  try {
    return await createKnead({
      store,
      mode,
      sessionIdleMinutes: options.sessionIdleMinutes,
      insightsAnalyser: options.insightsWorker ? createWorkerAnalyser() : undefined,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Opens the local journal for the CLI (its one user is LOCAL_USER_ID); refuses accounts mode. The caller closes it. */
export async function openLocalJournal(options: OpenKneadOptions): Promise<Knead> {
  const knead = await openKnead(options);
  if (knead.mode !== 'local') {
    await knead.close();
    throw new Error('the journal commands work on the local journal; use the HTTP API with a token in accounts mode');
  }
  return knead;
}
