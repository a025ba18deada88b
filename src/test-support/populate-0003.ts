import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeId } from './factories';

/** What PGlite and a pg client have in common: enough to populate and read a database by hand. */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** A migrations folder holding only the first `count` migrations: a database as an older release left it. */
export function migrationsUpTo(dir: string, count: number): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const entries = journal.entries.slice(0, count);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  for (const entry of entries) cpSync(join(MIGRATIONS, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

async function insert(db: SqlClient, table: string, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  const values = columns.map((_, i) => `$${i + 1}`).join(', ');
  await db.query(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${values})`, [
    ...Object.values(row),
  ]);
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

/**
 * Fills a database at migration 0003 with every kind of row: users with and without email, a year-spanning
 * journal with nulls, arrays and JSON, sessions linked to episodes, tokens, sign-in sessions, recovery codes,
 * share links with their access log, schedules and the rate-limit tables. Returns how many rows it wrote.
 */
export async function populateAt0003(db: SqlClient, users = 3): Promise<number> {
  let rows = 0;
  const put = async (table: string, row: Record<string, unknown>) => {
    await insert(db, table, row);
    rows++;
  };
  for (let u = 0; u < users; u++) {
    const userId = makeId();
    await put('users', {
      id: userId,
      email: u === 0 ? null : `user${u}-${userId}@example.org`,
      password_hash: u === 0 ? null : `$argon2id$hash-${u}`,
      totp_secret: u === 1 ? 'JBSWY3DPEHPK3PXP' : null,
      totp_enabled_at: u === 1 ? day(3) : null,
      totp_last_step: u === 1 ? 1234 : null,
    });
    const episodeIds: string[] = [];
    for (let e = 0; e < 24; e++) {
      const id = makeId();
      episodeIds.push(id);
      await put('episodes', {
        id,
        user_id: userId,
        started_at: day(e * 15),
        started_at_text: `${day(e * 15)
          .toISOString()
          .slice(0, 19)}+02:00`,
        region: e % 2 ? 'calf' : 'neck',
        side: e % 3 ? 'left' : null,
        duration_minutes: e % 4 ? e * 1.5 : null,
        intensity: e % 10,
        context: ['night', `ctx-${e}`],
        signs: e % 5 ? [] : ['swelling'],
        history: e % 2 ? JSON.stringify({ frequency: 'weekly', conditions: ['diabetes'] }) : null,
        actions: ['stretch'],
        pain_before: 6,
        pain_after: e % 2 ? 2 : null,
        response: e % 2 ? 'better' : null,
        notes: `note ${u}/${e} — ünïcode`,
        assessment: e % 3 ? JSON.stringify({ care: 'self-care', reasons: [e] }) : null,
        created_at: day(e * 15),
        updated_at: day(e * 15 + 1),
      });
    }
    for (let c = 0; c < 20; c++) {
      await put('checkins', {
        id: makeId(),
        user_id: userId,
        date: day(c * 18)
          .toISOString()
          .slice(0, 10),
        fluids_litres: c % 2 ? 1.5 : null,
        exercise_minutes: c * 5,
        exercise_intensity: c % 3 ? 'moderate' : null,
        sleep_hours: 7.25,
        stress: c % 10,
        heat_exposure: c % 2 === 0,
        cold_exposure: null,
        alcohol_units: c % 4 ? 2 : null,
        notes: c % 2 ? `check-in ${c}` : null,
      });
    }
    for (let s = 0; s < 12; s++) {
      await put('massage_sessions', {
        id: makeId(),
        user_id: userId,
        started_at: day(s * 30),
        started_at_text: day(s * 30).toISOString(),
        ended_at_text: s % 2 ? day(s * 30).toISOString() : null,
        region: 'calf',
        massage: 'gentle',
        plan: JSON.stringify({ steps: [{ technique: 'effleurage', seconds: 60 + s }] }),
        steps_completed: s,
        pain_before: 5,
        pain_after: s % 2 ? 3 : null,
        stopped_early: s % 3 === 0,
        stop_reason: s % 3 === 0 ? 'worse' : null,
        episode_id: s % 2 ? episodeIds[s] : null,
      });
    }
    await put('schedules', {
      id: makeId(),
      user_id: userId,
      region: 'neck',
      starts_on: '2026-02-01',
      schedule: JSON.stringify({ days: [1, 2, 3] }),
    });
    for (let t = 0; t < 2; t++) {
      await put('api_tokens', {
        id: makeId(),
        user_id: userId,
        name: `token ${t}`,
        token_hash: `token-hash-${userId}-${t}`,
        last_used_at: t ? day(40) : null,
        scopes: t ? ['read'] : ['read', 'journal:write'],
        expires_at: t ? day(400) : null,
      });
      await put('auth_sessions', {
        id_hash: `session-hash-${userId}-${t}`,
        id: makeId(),
        user_id: userId,
        expires_at: day(30),
        last_used_at: day(2),
        user_agent: t ? 'Firefox' : null,
      });
      await put('recovery_codes', { code_hash: `code-hash-${userId}-${t}`, user_id: userId });
      const shareId = makeId();
      await put('share_links', {
        id: shareId,
        user_id: userId,
        token_hash: `share-hash-${userId}-${t}`,
        from_date: '2026-01-01',
        to_date: '2026-06-30',
        label: t ? 'Dr Lee' : null,
        expires_at: day(60),
        revoked_at: t ? day(50) : null,
      });
      for (let a = 0; a < 3; a++) {
        await put('share_access_log', { id: makeId(), share_id: shareId, at: day(10 + a), what: `report.${a}` });
      }
    }
    await put('sign_in_failures', { key: `signin-account:${userId}`, failures: u + 1, updated_at: day(5) });
  }
  await put('rate_limits', { key: 'signin:127.0.0.1', count: 3, reset_at: day(1) });
  return rows;
}

/** The primary-key columns of each table at migration 0003, to read rows in a stable order. */
export const TABLES_AT_0003: Record<string, string> = {
  users: 'id',
  episodes: 'id',
  checkins: 'id',
  massage_sessions: 'id',
  schedules: 'id',
  api_tokens: 'id',
  auth_sessions: 'id_hash',
  recovery_codes: 'code_hash',
  share_links: 'id',
  share_access_log: 'id',
  sign_in_failures: 'key',
  rate_limits: 'key',
};

/** Every row of every 0003 table, each row as its 0003 columns only (what a later migration must keep). */
export async function readAt0003Columns(db: SqlClient, columnsOf: Record<string, string[]>) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [table, key] of Object.entries(TABLES_AT_0003)) {
    const columns = (columnsOf[table] ?? []).map((c) => `"${c}"`).join(', ');
    out[table] = (await db.query(`select ${columns} from "${table}" order by "${key}"`)).rows;
  }
  return out;
}

/** The columns each table has now, in order. */
export async function listColumns(db: SqlClient): Promise<Record<string, string[]>> {
  const { rows } = await db.query(
    `select table_name, column_name from information_schema.columns where table_schema = 'public'
     order by table_name, ordinal_position`,
  );
  const out: Record<string, string[]> = {};
  for (const row of rows) {
    const table = row.table_name as string;
    out[table] = [...(out[table] ?? []), row.column_name as string];
  }
  return out;
}
