/**
 * How each table is spread over a Citus cluster (decision 0017, docs/scaling.md). Every user-owned table is
 * distributed by user_id and colocated with `users` (distributed by its id), so one user's rows share a shard
 * and every per-user statement — joins and foreign keys included — runs on one node.
 */
export const USER_OWNED_TABLES = [
  'recovery_codes',
  'api_tokens',
  'auth_sessions',
  'episodes',
  'checkins',
  'massage_sessions',
  'dashboard_windows',
  'insights_days',
  'schedules',
  'patient_profiles',
  'share_links',
  'share_access_log',
  'care_invites',
  'care_links',
  'clinician_clients',
  'assigned_plans',
  'care_audit_log',
] as const;

/** Tables that hold no user's rows, each distributed by its own key (colocated together, apart from users). */
export const KEYED_TABLES = { user_emails: 'email', rate_limits: 'key', sign_in_failures: 'key' } as const;

/** Tables every user shares, copied to every node. None: the knowledge base is code, not rows. */
export const REFERENCE_TABLES: readonly string[] = [];

/** The distribution column of every table in the schema: a key of a table must include it. */
export const DISTRIBUTION_COLUMN: Readonly<Record<string, string>> = {
  users: 'id',
  ...Object.fromEntries(USER_OWNED_TABLES.map((table) => [table, 'user_id'])),
  ...KEYED_TABLES,
};

/** 32 shards per colocation group: room to grow to 32 worker nodes before a shard must be split. */
export const DEFAULT_SHARD_COUNT = 32;

/**
 * The Citus calls that distribute the schema, in an order Citus accepts: a table is distributed after every
 * table its foreign keys reference (users, then share_links before share_access_log, episodes before sessions).
 */
export function distributionCalls(shardCount = DEFAULT_SHARD_COUNT): string[] {
  const calls = [`select create_distributed_table('users', 'id', shard_count => ${shardCount})`];
  for (const table of USER_OWNED_TABLES) {
    calls.push(`select create_distributed_table('${table}', 'user_id', colocate_with => 'users')`);
  }
  const [first, ...rest] = Object.entries(KEYED_TABLES);
  if (first) {
    calls.push(`select create_distributed_table('${first[0]}', '${first[1]}', shard_count => ${shardCount})`);
    for (const [table, column] of rest) {
      calls.push(`select create_distributed_table('${table}', '${column}', colocate_with => '${first[0]}')`);
    }
  }
  for (const table of REFERENCE_TABLES) calls.push(`select create_reference_table('${table}')`);
  return calls;
}

/** Runs one SQL statement and returns its rows: the only thing distributing needs from a connection. */
export type RunSql = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Distributes every table that is not distributed yet, so it can run at every start, after the migrations.
 * `run` reaches the Citus coordinator (in CI, where Citus cannot be installed, a stub that records the calls).
 */
export async function distributeTables(run: RunSql, shardCount?: number): Promise<string[]> {
  const { rows } = await run('select logicalrelid::text as name from pg_dist_partition');
  const done = new Set(rows.map((row) => String(row.name)));
  const pending = distributionCalls(shardCount).filter((statement) => {
    const table = /\('([a-z_]+)'/.exec(statement)?.[1];
    return table !== undefined && !done.has(table);
  });
  for (const statement of pending) await run(statement);
  return pending;
}
