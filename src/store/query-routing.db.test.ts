import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeStoreContract } from '../test-support/journal-contract';
import { findUnroutedStatements, tablesOf } from '../test-support/routing-check';
import { createTestDatabase } from '../test-support/test-database';
import { DISTRIBUTION_COLUMN, distributionCalls, type RunSql } from './distribution';
import { openStore, type StoreConfig } from './open-store';

/**
 * The store contract suite with every statement recorded (the store's query hook), then the log checked: each
 * statement on a distributed table pins its distribution column, so on Citus it runs on one shard.
 */
const log: string[] = [];
let recording = false;
const onQuery: StoreConfig['onQuery'] = (query) => {
  if (recording) log.push(query);
};
async function openRecorded(config: StoreConfig) {
  recording = false;
  const store = await openStore({ ...config, onQuery });
  recording = true;
  return store;
}

describeStoreContract('PGlite, statements recorded', () => openRecorded({ dataDir: 'memory://' }));

// The KNEAD_CITUS=1 start-up path: the migrations, then the distribution calls, then the contract suite. In CI
// (plain PostgreSQL, no Citus) a stub records the calls instead of running them. Against a real coordinator
// (KNEAD_CITUS=1 TEST_DATABASE_URL=<a database with the citus extension>, docs/scaling.md) the calls run and the
// suite runs distributed, in that one database.
const postgresUrl = inject('postgresUrl');
const realCitus = process.env.KNEAD_CITUS === '1';
const citusCalls: string[][] = [];
const stubCitus = (): RunSql => {
  const calls: string[] = [];
  citusCalls.push(calls);
  return async (text) => {
    if (!text.includes('pg_dist_partition')) calls.push(text);
    return { rows: [] };
  };
};
describe.skipIf(!postgresUrl)(`PostgreSQL as a Citus coordinator (${realCitus ? 'real' : 'stubbed'} calls)`, () => {
  describeStoreContract('PostgreSQL, KNEAD_CITUS path, statements recorded', async () =>
    realCitus
      ? openRecorded({ databaseUrl: postgresUrl, citus: {} })
      : openRecorded({ databaseUrl: await createTestDatabase(postgresUrl), citus: { run: stubCitus() } }),
  );
  afterAll(() => {
    if (realCitus) return;
    expect(citusCalls.length).toBeGreaterThan(0);
    for (const calls of citusCalls) expect(calls).toEqual(distributionCalls());
  });
});

describe('query routing over the recorded log', () => {
  afterAll(() => {
    recording = false;
  });

  it('records statements on every distributed table', () => {
    const touched = new Set(log.flatMap(tablesOf));
    expect([...touched].filter((t) => t in DISTRIBUTION_COLUMN).sort()).toEqual(
      Object.keys(DISTRIBUTION_COLUMN).sort(),
    );
  });

  it('finds no statement on a user-owned table without a user_id predicate (except documented entry lookups)', () => {
    const problems = findUnroutedStatements(log);
    expect(problems.map((p) => `${p.table}: ${p.statement}`)).toEqual([]);
  });
});
