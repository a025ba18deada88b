import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEpisode, makeId } from '../test-support/factories';
import { type Cluster, startPostgresCluster } from '../test-support/postgres-cluster';
import { isDatabaseUnavailable } from './data-errors';
import { openStore } from './open-store';
import { createPostgresPool, isMultiHostUrl } from './postgres-pool';

// Two real PostgreSQL servers stand in for a primary and a standby: a standby answers `transaction_read_only = on`,
// which `default_transaction_read_only` reproduces. A "failover" swaps the two and drops the old primary's sessions,
// as a demotion does. bench/ha.ts runs the real thing (pg_auto_failover, SIGKILL of the primary).
const postgresUrl = inject('postgresUrl');
const USER = makeId();
const DB = `knead_ha_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;

let second: Cluster = { skipped: 'not started' };
const secondUrl = () => ('url' in second ? second.url : '');
const portOf = (url: string) => new URL(url).port;
const admin = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
const onDb = (url: string) => Object.assign(new URL(url), { pathname: `/${DB}` }).toString();
/** Makes a node a standby (read-only) or a primary, and ends its other sessions as a demotion does. */
const setRole = async (url: string, role: 'primary' | 'standby') => {
  await admin(url, `alter database ${DB} set default_transaction_read_only = ${role === 'standby' ? 'on' : 'off'}`);
  await admin(url, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${DB}'`);
};

describe.skipIf(!postgresUrl)('a multi-host DATABASE_URL (target_session_attrs=read-write)', () => {
  let urls: { a: string; b: string; both: string };
  beforeAll(async () => {
    second = await startPostgresCluster();
    if ('skipped' in second || second.url === postgresUrl) throw new Error('a second PostgreSQL server is needed');
    for (const url of [postgresUrl, second.url]) await admin(url, `create database ${DB}`);
    urls = {
      a: onDb(postgresUrl),
      b: onDb(second.url),
      // The standby is listed first: the selector must skip it.
      both: `postgres://postgres@127.0.0.1:${portOf(second.url)},127.0.0.1:${portOf(postgresUrl)}/${DB}`,
    };
    // Both nodes hold the schema and the user, as a streaming standby would.
    for (const url of [urls.a, urls.b]) {
      const store = await openStore({ databaseUrl: url });
      await store.accounts.ensureUser(USER);
      await store.close();
    }
    await setRole(secondUrl(), 'standby');
  }, 120_000);
  afterAll(() => {
    if (!('skipped' in second)) second.stop();
  });

  it('is recognised, and a single-host URL is not', () => {
    expect(isMultiHostUrl(urls.both)).toBe(true);
    expect(isMultiHostUrl(urls.a)).toBe(false);
    expect(isMultiHostUrl(`${urls.a}?target_session_attrs=read-write`)).toBe(true);
  });

  it('sends writes to the writable node, and after a failover to the promoted one, without a restart', async () => {
    const store = await openStore({ databaseUrl: urls.both, poolSize: 4 });
    const countOn = async (url: string, id: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query('select count(*)::int as n from episodes where id = $1', [id])).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    try {
      const before = buildEpisode();
      await store.journal.episodes.create(USER, before);
      expect(await countOn(urls.a, before.id)).toBe(1);
      expect(await countOn(urls.b, before.id)).toBe(0);

      await setRole(postgresUrl, 'standby');
      await setRole(secondUrl(), 'primary');
      // During the switch a write may fail, always as "database unavailable" (503), never as a bug (500).
      const after = buildEpisode();
      const failures: unknown[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const written = await store.journal.episodes.create(USER, after).then(
          () => true,
          (error: unknown) => failures.push(error) === 0,
        );
        if (written) break;
      }
      expect(failures.every(isDatabaseUnavailable)).toBe(true);
      expect(failures.length).toBeLessThan(5);
      expect(await countOn(urls.b, after.id)).toBe(1);
      expect(await countOn(urls.a, after.id)).toBe(0);
    } finally {
      await store.close();
      await setRole(postgresUrl, 'primary');
      await setRole(secondUrl(), 'standby');
    }
  }, 60_000);

  it('while no node takes writes, a connection fails as database-unavailable', async () => {
    await setRole(postgresUrl, 'standby');
    const pool = createPostgresPool(urls.both, 2);
    pool.on('error', () => undefined);
    try {
      const error = await pool.query('select 1').catch((e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await pool.end();
      await setRole(postgresUrl, 'primary');
    }
  });
});
