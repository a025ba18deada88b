import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { MissingReferenceError, UnstorableValueError } from '../core/journal-repository';
import { buildEpisode, buildSession, makeId } from '../test-support/factories';
import { tempDirsRemovedAfterAll } from '../test-support/temp-dirs';
import { createTestDatabase } from '../test-support/test-database';
import { WatchedFS } from '../test-support/watched-fs';
import { syncAfterTransactions } from './durable-node-fs';
import { createGroupCommit } from './group-commit';
import { DURABLE_START_PARAMS, openStore, type StoreConfig } from './open-store';

const tempDir = tempDirsRemovedAfterAll();

async function openWatched(durable = true) {
  const fs = new WatchedFS(tempDir('knead-group-'));
  const client = new PGlite({ fs, relaxedDurability: false, startParams: DURABLE_START_PARAMS });
  await client.waitReady;
  if (durable) syncAfterTransactions(client, fs);
  await client.query('create table notes (id int primary key, body text not null)');
  return { fs, client };
}

const ids = async (client: PGlite) =>
  (await client.query<{ id: number }>('select id from notes order by id')).rows.map((row) => row.id);

describe('group commit on PGlite', () => {
  it('gives N concurrent writes fewer WAL fsyncs than N, and acknowledges none before its commit is fsynced', async () => {
    const { fs, client } = await openWatched();
    const writes = createGroupCommit(client, { maxBatch: 8 });
    const before = fs.walSyncs;
    // What the disk had not been told to keep, at the moment each write was acknowledged.
    const unsyncedAtAck: string[][] = [];
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        writes
          .write((db) => db.execute(sql`insert into notes values (${i}, ${`note ${i}`})`))
          .then(() => unsyncedAtAck.push(fs.unsyncedWal())),
      ),
    );
    expect(unsyncedAtAck).toHaveLength(64);
    expect(unsyncedAtAck.filter((files) => files.length > 0)).toEqual([]);
    // 8 batches of 8: one COMMIT and one fdatasync of the (one) WAL segment each.
    expect(fs.walSyncs - before).toBe(8);
    expect(await ids(client)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    await client.close();
  }, 60_000);

  it('is needed: PGlite’s own transaction() returns before its COMMIT reaches the disk', async () => {
    const { fs, client } = await openWatched(false);
    await client.transaction(async (tx) => {
      await tx.query('insert into notes values (1, $1)', ['not yet durable']);
    });
    expect(fs.unsyncedWal()).not.toEqual([]);
    await client.close();
  }, 60_000);

  it('rejects only the caller whose write fails; the others of its batch commit', async () => {
    const { client } = await openWatched();
    const writes = createGroupCommit(client);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        // Write 4 breaks the primary key of write 3; write 7 breaks the not-null body.
        writes.write((db) =>
          db.execute(sql`insert into notes values (${i === 4 ? 3 : i}, ${i === 7 ? null : `note ${i}`})`),
        ),
      ),
    );
    const failed = results.flatMap((result, i) => (result.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([4, 7]);
    const codes = [4, 7].map((i) => {
      const { reason } = results[i] as PromiseRejectedResult;
      return (reason as { cause?: { code?: string } }).cause?.code;
    });
    expect(codes).toEqual(['23505', '23502']);
    expect(await ids(client)).toEqual([0, 1, 2, 3, 5, 6, 8, 9]);
    await client.close();
  }, 60_000);

  it('rejects a failing write alone in its batch, and keeps working after it', async () => {
    const { client } = await openWatched();
    const writes = createGroupCommit(client);
    await expect(writes.write((db) => db.execute(sql`insert into notes values (1, null)`))).rejects.toThrow();
    await writes.write((db) => db.execute(sql`insert into notes values (2, 'after')`));
    expect(await ids(client)).toEqual([2]);
    await client.close();
  }, 60_000);
});

describe('journal writes through the PGlite store’s group commit', () => {
  it('reads see each acknowledged write; a session naming a missing episode fails alone as a missing reference', async () => {
    const store = await openStore({ dataDir: tempDir('knead-group-store-') });
    const user = makeId();
    await store.accounts.ensureUser(user);
    const episode = buildEpisode();
    const sessions = Array.from({ length: 6 }, (_, i) => buildSession({ episodeId: i === 2 ? makeId() : episode.id }));
    const [created, ...results] = await Promise.allSettled([
      store.journal.episodes.create(user, episode),
      ...sessions.map((session) => store.journal.sessions.create(user, session)),
    ]);
    expect(created).toMatchObject({ status: 'fulfilled', value: { status: 'created' } });
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(MissingReferenceError);
    const stored = await store.journal.sessions.listAll(user);
    expect(stored.map((session) => session.id).sort()).toEqual(
      sessions
        .filter((_, i) => i !== 2)
        .map((session) => session.id)
        .sort(),
    );
    await store.close();
  }, 60_000);
});

const postgresUrl = inject('postgresUrl');
const engines: { name: string; config: () => Promise<StoreConfig> }[] = [
  { name: 'PGlite, group commit', config: async () => ({ dataDir: tempDir('knead-group-merge-') }) },
];
if (postgresUrl) {
  engines.push({
    name: 'PostgreSQL, merged creates',
    config: async () => ({ databaseUrl: await createTestDatabase(postgresUrl) }),
  });
}

describe.each(engines)('creates that meet in one batch ($name)', ({ config }) => {
  it('a create that cannot be stored fails alone; the others of its batch are created', async () => {
    const store = await openStore(await config());
    const user = makeId();
    await store.accounts.ensureUser(user);
    const episodes = Array.from({ length: 8 }, (_, i) =>
      buildEpisode(i === 5 ? { startedAt: '0000-03-10T02:15:00Z' } : {}),
    );
    const results = await Promise.allSettled(episodes.map((episode) => store.journal.episodes.create(user, episode)));
    expect(results.map((result) => result.status)).toEqual(
      episodes.map((_, i) => (i === 5 ? 'rejected' : 'fulfilled')),
    );
    expect((results[5] as PromiseRejectedResult).reason).toBeInstanceOf(UnstorableValueError);
    expect((await store.journal.episodes.listAll(user)).length).toBe(7);
    await store.close();
  }, 60_000);

  it('are one multi-row insert, with the answers each would get alone (a repeated id exists, a new one is created)', async () => {
    const statements: string[] = [];
    const store = await openStore({ ...(await config()), onQuery: (text) => statements.push(text) });
    const user = makeId();
    await store.accounts.ensureUser(user);
    const earlier = buildEpisode({ notes: 'stored before' });
    await store.journal.episodes.create(user, earlier);
    const fresh = Array.from({ length: 12 }, () => buildEpisode());
    const twice = buildEpisode({ notes: 'first of two' });
    statements.length = 0;
    const results = await Promise.all(
      [...fresh, twice, { ...twice, notes: 'second of two' }, { ...earlier, notes: 'again' }].map((episode) =>
        store.journal.episodes.create(user, episode),
      ),
    );
    expect(statements.filter((text) => text.startsWith('insert'))).toHaveLength(1);
    expect(results.map((result) => result.status)).toEqual([
      ...fresh.map(() => 'created'),
      'created',
      'exists',
      'exists',
    ]);
    expect(results.slice(-3).map((result) => result.record.notes)).toEqual([
      'first of two',
      'first of two',
      'stored before',
    ]);
    expect(results.slice(0, 12).map((result) => result.record.id)).toEqual(fresh.map((episode) => episode.id));
    expect((await store.journal.episodes.listAll(user)).length).toBe(14);
    await store.close();
  }, 60_000);
});
