import { DISTRIBUTION_COLUMN } from '../store/distribution';

/**
 * Statements that may reach a distributed table without its distribution column (docs/scaling.md, "Entry
 * lookups"): a request that carries only a secret finds its user by the secret's hash. On Citus each is one
 * index probe per shard; they become single-shard when the secret names its user (issue to open).
 */
export const ENTRY_LOOKUPS: readonly { table: string; column: string; why: string }[] = [
  { table: 'auth_sessions', column: 'id_hash', why: 'a sign-in cookie finds its session (and sign-out ends it)' },
  { table: 'api_tokens', column: 'token_hash', why: 'a bearer token finds its user' },
  { table: 'share_links', column: 'token_hash', why: 'a clinician’s share link finds its report' },
  { table: 'care_invites', column: 'code_hash', why: 'a client redeeming a care-team invite finds its clinician' },
];

/** Documented admin paths: maintenance that is meant to touch every shard. */
export const ADMIN_PATHS: readonly { table: string; column: string; why: string }[] = [
  { table: 'rate_limits', column: 'reset_at', why: 'the sweep of ended windows, once every 500 hits' },
];

export interface RoutingProblem {
  table: string;
  statement: string;
}

const TOUCHES = /\b(?:from|into|update|join)\s+"([a-z_]+)"/gi;

/** True when the statement pins `column` of `table` to a value: an equality in WHERE/ON, or a VALUES column. */
function hasPredicate(statement: string, table: string, column: string): boolean {
  const insert = new RegExp(`insert into "${table}" \\(([^)]*)\\)`, 'i').exec(statement);
  if (insert) return insert[1]?.includes(`"${column}"`) ?? false;
  const where = statement.search(/\b(?:where|on)\b/i);
  if (where < 0) return false;
  return new RegExp(`"${table}"\\."${column}"\\s*(?:=|in\\b)`, 'i').test(statement.slice(where));
}

/** The tables a statement reads or writes. */
export function tablesOf(statement: string): string[] {
  return [...new Set([...statement.matchAll(TOUCHES)].map((m) => m[1] as string))];
}

/**
 * Every statement that touches a distributed table without a predicate on its distribution column (user_id for
 * the user-owned tables), apart from the documented entry lookups and admin paths.
 */
export function findUnroutedStatements(statements: readonly string[]): RoutingProblem[] {
  const problems: RoutingProblem[] = [];
  const allowed = [...ENTRY_LOOKUPS, ...ADMIN_PATHS];
  for (const statement of statements) {
    for (const table of tablesOf(statement)) {
      const column = DISTRIBUTION_COLUMN[table];
      if (column === undefined || hasPredicate(statement, table, column)) continue;
      if (allowed.some((a) => a.table === table && hasPredicate(statement, table, a.column))) continue;
      problems.push({ table, statement });
    }
  }
  return problems;
}
