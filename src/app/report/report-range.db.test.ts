import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dayOf, journalArbitraries } from '../../core/insights/journal-arbitraries.test-support';
import { buildAssessmentFixture } from '../../core/interop/journal-fixtures';
import type { Store } from '../../core/repositories';
import { CONDITIONS } from '../../core/vocabulary';
import { openStore } from '../../store/open-store';
import { createTestDatabase } from '../../test-support/test-database';
import { buildReportModel } from './report-model';
import { createReportUseCases } from './report-use-cases';

// Offsets far from UTC put the local day a day away from the UTC day: the range read must still keep every record
// whose local day is in the range, and only those.
const { episode: plainEpisode, checkin } = journalArbitraries({ days: 30, offsets: ['Z', '+13:00', '-11:00'] });
const ASSESSMENT = buildAssessmentFixture();
// Some episodes assessed (the verdicts are read by their days) and with a history (conditions, medications).
const episode = fc
  .tuple(plainEpisode, fc.boolean(), fc.option(fc.subarray([...CONDITIONS], { maxLength: 2 }), { nil: undefined }))
  .map(([e, assessed, conditions]) => ({
    ...e,
    ...(assessed ? { assessment: ASSESSMENT } : {}),
    ...(conditions ? { history: { conditions, medications: ['statin' as const] } } : {}),
  }));
const NOW = new Date('2025-02-15T12:00:00Z');

/** The report over the range read equals the report over every record (as it was built before). */
function describeRangeRead(name: string, open: () => Promise<Store>) {
  describe(`the report reads its range only (${name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    it('equals the report built from the whole journal, range edges included', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(episode, { maxLength: 30, selector: (e) => e.id }),
          fc.uniqueArray(checkin, { maxLength: 20, selector: (c) => c.date }),
          fc.integer({ min: 0, max: 20 }),
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 0, max: 12 }),
          async (episodes, checkins, start, length, maxTableRows) => {
            run += 1;
            const user = `00000000-0000-4000-8000-${String(run).padStart(12, '0')}`;
            await store.accounts.ensureUser(user);
            const fresh = <T extends { id: string }>(items: T[]) =>
              items.map((i) => ({ ...i, id: crypto.randomUUID() }));
            await store.journal.importAll(user, { episodes: fresh(episodes), checkins: fresh(checkins), sessions: [] });
            const range = { from: dayOf(start), to: dayOf(start + length) };
            const expected = buildReportModel({
              episodes: await store.journal.episodes.listAll(user),
              checkins: await store.journal.checkins.listAll(user),
              sessions: await store.journal.sessions.listAll(user),
              ...range,
              generatedAt: NOW.toISOString(),
              patient: await store.profiles.get(user),
              maxTableRows,
            });
            const reports = createReportUseCases(store, () => NOW, { maxTableRows });
            expect(await reports.buildReport(user, range)).toEqual(expected);
          },
        ),
        { numRuns: 15, seed: 31 },
      );
    }, 120_000);
  });
}

describeRangeRead('PGlite', () => openStore({ dataDir: 'memory://' }));

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeRangeRead('PostgreSQL', async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }));
});
