import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summariseJournal } from '../core/insights/index';
import { ACTIONS, type CheckIn, type Episode, type SessionRecord } from '../core/journal';
import type { Store } from '../core/repositories';
import { CONTEXTS, REGIONS, RESPONSES } from '../core/vocabulary';
import { buildSession } from '../test-support/factories';
import { createTestDatabase } from '../test-support/test-database';
import { openStore } from './open-store';

const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
const pain = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
// Offsets far from UTC put the local day a day away from the UTC day: the range edges must follow the local day.
const instant = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+13:00', '-11:00'))
  .map(([d, h, tz]) => `${day(d)}T${String(h).padStart(2, '0')}:15:00${tz}`);
const episodeArb: fc.Arbitrary<Episode> = fc.record({
  id: fc.uuid({ version: 4 }),
  startedAt: instant,
  region: fc.constantFrom(...REGIONS),
  context: fc.subarray([...CONTEXTS], { maxLength: 3 }),
  signs: fc.constant([]),
  actions: fc.subarray([...ACTIONS], { maxLength: 3 }),
  durationMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  intensity: pain,
  painBefore: pain,
  painAfter: pain,
  response: fc.option(fc.constantFrom(...RESPONSES), { nil: undefined }),
}) as fc.Arbitrary<Episode>;
const checkinArb: fc.Arbitrary<CheckIn> = fc.record({
  id: fc.uuid({ version: 4 }),
  date: fc.integer({ min: 0, max: 60 }).map(day),
  fluidsLitres: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: undefined }),
  stress: pain,
  sleepHours: fc.option(fc.integer({ min: 3, max: 10 }), { nil: undefined }),
  heatExposure: fc.option(fc.boolean(), { nil: undefined }),
}) as fc.Arbitrary<CheckIn>;
const sessionArb: fc.Arbitrary<SessionRecord> = fc
  .tuple(fc.uuid({ version: 4 }), instant, pain, pain)
  .map(([id, startedAt, painBefore, painAfter]) => {
    const session = buildSession({ id, startedAt });
    return {
      ...session,
      ...(painBefore === undefined ? {} : { painBefore }),
      ...(painAfter === undefined ? {} : { painAfter }),
    };
  });
const rangeArb = fc.record(
  { from: fc.integer({ min: -2, max: 62 }).map(day), to: fc.integer({ min: -2, max: 62 }).map(day) },
  { requiredKeys: [] },
);

/** SQL-filtered insights equal the in-process insights over the same journal, for any range. */
function describeEquivalence(name: string, open: () => Promise<Store>) {
  describe(`insights read by SQL (${name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    it('equal summariseJournal over every record, range edges and pages included', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(episodeArb, { maxLength: 40, selector: (e) => e.id }),
          fc.uniqueArray(checkinArb, { maxLength: 30, selector: (c) => c.id }),
          fc.uniqueArray(sessionArb, { maxLength: 10, selector: (s) => s.id }),
          fc.uniqueArray(episodeArb, { maxLength: 10, selector: (e) => e.id }),
          rangeArb,
          async (episodes, checkins, sessions, othersEpisodes, range) => {
            run += 1;
            const alice = `00000000-0000-4000-8000-${String(run).padStart(12, '0')}`;
            const bob = `00000000-0000-4000-9000-${String(run).padStart(12, '0')}`;
            await store.accounts.ensureUser(alice);
            await store.accounts.ensureUser(bob);
            // Fresh ids each run: one database holds every run, and an id belongs to one user for good.
            const fresh = <T extends { id: string }>(items: T[]) =>
              items.map((i) => ({ ...i, id: crypto.randomUUID() }));
            await store.journal.importAll(alice, {
              episodes: fresh(episodes),
              checkins: fresh(checkins),
              sessions: fresh(sessions),
            });
            await store.journal.importAll(bob, { episodes: fresh(othersEpisodes), checkins: [], sessions: [] });
            const everything = {
              episodes: await store.journal.episodes.listAll(alice),
              checkins: await store.journal.checkins.listAll(alice),
              sessions: await store.journal.sessions.listAll(alice),
            };
            const read = await store.insights.read(alice, range);
            expect(summariseJournal(read, range)).toEqual(summariseJournal(everything, range));
          },
        ),
        { numRuns: 15, seed: 20 },
      );
    });
  });
}

describeEquivalence('PGlite', () => openStore({ dataDir: 'memory://', insightsPageRows: 7 }));

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeEquivalence('PostgreSQL', async () =>
    openStore({ databaseUrl: await createTestDatabase(postgresUrl), insightsPageRows: 7 }),
  );
});
