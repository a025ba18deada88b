import { describe, expect, it } from 'vitest';
import { findUnroutedStatements, tablesOf } from './routing-check';

describe('findUnroutedStatements', () => {
  it('passes statements that pin user_id in WHERE, ON or VALUES', () => {
    expect(
      findUnroutedStatements([
        'select "id" from "episodes" where ("episodes"."user_id" = $1 and "episodes"."id" in ($2, $3))',
        'insert into "checkins" ("id", "user_id", "date") values ($1, $2, $3) on conflict ("user_id","id") do nothing',
        'update "users" set "password_hash" = $1 where "users"."id" = $2',
        'select "email" from "user_emails" where "user_emails"."email" = $1',
        'begin',
      ]),
    ).toEqual([]);
  });

  it('flags a statement on a user-owned table without user_id, and names the table', () => {
    const byIdOnly = 'delete from "episodes" where "episodes"."id" = $1';
    const userIdOnlyInSet = 'update "schedules" set "user_id" = $1 where "schedules"."id" = $2';
    const joined =
      'select "at" from "share_access_log" inner join "share_links" on "share_links"."id" = "share_access_log"."share_id" where "share_links"."user_id" = $1';
    expect(findUnroutedStatements([byIdOnly, userIdOnlyInSet, joined])).toEqual([
      { table: 'episodes', statement: byIdOnly },
      { table: 'schedules', statement: userIdOnlyInSet },
      { table: 'share_access_log', statement: joined },
    ]);
  });

  it('lets the documented entry lookups through, and only on their secret column', () => {
    const lookup = 'select "user_id" from "auth_sessions" where ("auth_sessions"."id_hash" = $1 and true)';
    const scan = 'select "user_id" from "auth_sessions" where "auth_sessions"."expires_at" < $1';
    expect(findUnroutedStatements([lookup, scan])).toEqual([{ table: 'auth_sessions', statement: scan }]);
  });

  it('reads the tables of a statement', () => {
    expect(tablesOf('delete from "a_b" where x in (select 1 from "c")')).toEqual(['a_b', 'c']);
  });
});
