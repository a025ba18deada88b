import { cpSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import {
  listColumns,
  migrationsUpTo,
  populateAt0003,
  readAt0003Columns,
  type SqlClient,
} from '../test-support/populate-0003';
import { tempDirsRemovedAfterAll } from '../test-support/temp-dirs';
import { createTestDatabase } from '../test-support/test-database';
import { DISTRIBUTION_COLUMN, distributionCalls } from './distribution';
import { openStore } from './open-store';

const tempDir = tempDirsRemovedAfterAll();

/** Every primary key, unique constraint and foreign key, with the columns it covers. */
async function listKeys(db: SqlClient) {
  const { rows } = await db.query(`
    select c.conrelid::regclass::text as "table", c.conname as name, c.contype as kind,
           c.confrelid::regclass::text as "references",
           array(select a.attname::text from unnest(c.conkey) k join pg_attribute a
                 on a.attrelid = c.conrelid and a.attnum = k order by a.attname) as columns
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`);
  return rows as { table: string; name: string; kind: string; references: string; columns: string[] }[];
}

/** What the migration must keep and add, checked on the migrated copy against the untouched original. */
async function expectNothingLost(original: SqlClient, migrated: SqlClient, written: number): Promise<OldUser> {
  const columns = await listColumns(original);
  const before = await readAt0003Columns(original, columns);
  const after = await readAt0003Columns(migrated, columns);
  expect(Object.values(before).reduce((n, rows) => n + rows.length, 0)).toBe(written);
  expect(after).toEqual(before);
  // The new column and table carry what they must.
  const owners = await migrated.query(
    `select count(*)::int as wrong from share_access_log l join share_links s on s.id = l.share_id
     where l.user_id is distinct from s.user_id`,
  );
  expect(owners.rows[0]).toEqual({ wrong: 0 });
  const emails = await migrated.query('select email, user_id from user_emails order by email');
  const expected = (before.users ?? [])
    .filter((u) => u.email !== null)
    .map((u) => ({ email: u.email, user_id: u.id }))
    .sort((a, b) => String(a.email).localeCompare(String(b.email)));
  expect(emails.rows).toEqual(expected);
  return { id: String(expected[0]?.user_id), email: String(expected[0]?.email) };
}

type OldUser = { id: string; email: string };

/** Citus's rule: every key of a distributed table includes its distribution column. */
async function expectKeysReadyForCitus(db: SqlClient) {
  const keys = await listKeys(db);
  const tables = new Set(keys.map((k) => k.table));
  expect([...tables].sort()).toEqual(Object.keys(DISTRIBUTION_COLUMN).sort());
  const offending = keys.filter((k) => !k.columns.includes(DISTRIBUTION_COLUMN[k.table] ?? '?'));
  expect(offending).toEqual([]);
  // Citus distributes a table only after every table its foreign keys reference.
  const order = distributionCalls().map((call) => /\('([a-z_]+)'/.exec(call)?.[1]);
  const fks = keys.filter((k) => k.kind === 'f');
  expect(fks.length).toBeGreaterThanOrEqual(11);
  for (const fk of fks) expect(order.indexOf(fk.references), fk.name).toBeLessThan(order.indexOf(fk.table));
}

/** A store opened on the migrated copy serves the old rows: the use-case view of "nothing lost". */
async function expectStoreServesOldRows(user: OldUser, open: () => ReturnType<typeof openStore>) {
  const store = await open();
  try {
    expect(await store.accounts.findUserByEmail(user.email.toUpperCase())).toMatchObject({ id: user.id });
    expect(await store.journal.episodes.listAll(user.id)).toHaveLength(24);
    const sessions = await store.journal.sessions.listAll(user.id);
    expect(sessions.filter((s) => s.episodeId !== undefined)).toHaveLength(6);
    const [link] = await store.shares.list(user.id);
    expect(await store.shares.listAccess(user.id, link?.id ?? '')).toHaveLength(3);
    expect(await store.accounts.createUser({ id: crypto.randomUUID(), email: user.email, passwordHash: 'x' })).toBe(
      'email-taken',
    );
    // Deleting an episode still unlinks its sessions through the rebuilt composite foreign key.
    const linked = sessions.find((s) => s.episodeId !== undefined);
    await store.journal.episodes.remove(user.id, linked?.episodeId ?? '');
    expect((await store.journal.sessions.get(user.id, linked?.id ?? ''))?.episodeId).toBeUndefined();
  } finally {
    await store.close();
  }
}

describe('migration 0004 (keys by user) on a populated database', () => {
  it('PGlite: a copy of a data directory populated at 0003 keeps every row', async () => {
    const original = tempDir('knead-m3-');
    const lite = new PGlite(original);
    await migrateLite(drizzleLite({ client: lite }), { migrationsFolder: migrationsUpTo(tempDir('knead-mig-'), 4) });
    const written = await populateAt0003(lite);
    await lite.close();
    const copy = tempDir('knead-m4-');
    cpSync(original, copy, { recursive: true });

    const store = await openStore({ dataDir: copy });
    await store.close();
    const before = new PGlite(original);
    const after = new PGlite(copy);
    let user: OldUser;
    try {
      user = await expectNothingLost(before, after, written);
      await expectKeysReadyForCitus(after);
    } finally {
      await before.close();
      await after.close();
    }
    await expectStoreServesOldRows(user, () => openStore({ dataDir: copy }));
  });

  const postgresUrl = inject('postgresUrl');
  it.skipIf(!postgresUrl)('PostgreSQL: a copy of a database populated at 0003 keeps every row', async () => {
    const originalUrl = await createTestDatabase(postgresUrl, 'knead_m3');
    const original = new pg.Client({ connectionString: originalUrl });
    await original.connect();
    await migratePg(drizzlePg({ client: original }), { migrationsFolder: migrationsUpTo(tempDir('knead-mig-'), 4) });
    const written = await populateAt0003(original);
    await original.end();
    // The copy is made by PostgreSQL itself, from the original as a template.
    const copyName = `knead_m4_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${copyName} template ${new URL(originalUrl).pathname.slice(1)}`);
    await admin.end();
    const copyUrl = Object.assign(new URL(originalUrl), { pathname: `/${copyName}` }).toString();

    const store = await openStore({ databaseUrl: copyUrl });
    await store.close();
    const before = new pg.Client({ connectionString: originalUrl });
    const after = new pg.Client({ connectionString: copyUrl });
    await before.connect();
    await after.connect();
    try {
      const user = await expectNothingLost(before, after, written);
      await expectKeysReadyForCitus(after);
      await expectStoreServesOldRows(user, () => openStore({ databaseUrl: copyUrl }));
    } finally {
      await before.end();
      await after.end();
    }
  });
});
