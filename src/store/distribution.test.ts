import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_COLUMN, distributeTables, distributionCalls } from './distribution';

describe('distributeTables', () => {
  it('distributes users first with the shard count, colocates every user-owned table with it', () => {
    const calls = distributionCalls(64);
    expect(calls[0]).toBe("select create_distributed_table('users', 'id', shard_count => 64)");
    expect(calls).toContain("select create_distributed_table('episodes', 'user_id', colocate_with => 'users')");
    expect(calls).toHaveLength(Object.keys(DISTRIBUTION_COLUMN).length);
  });

  it('skips the tables the catalogue already lists, so every start can run it', async () => {
    const ran: string[] = [];
    const done = Object.keys(DISTRIBUTION_COLUMN).filter((t) => t !== 'schedules' && t !== 'rate_limits');
    const pending = await distributeTables(async (text) => {
      ran.push(text);
      return { rows: text.includes('pg_dist_partition') ? done.map((name) => ({ name })) : [] };
    });
    expect(pending).toEqual([
      "select create_distributed_table('schedules', 'user_id', colocate_with => 'users')",
      "select create_distributed_table('rate_limits', 'key', colocate_with => 'user_emails')",
    ]);
    expect(ran.slice(1)).toEqual(pending);
  });
});
