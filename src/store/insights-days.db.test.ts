import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildInsightsDays, unpackJournal } from '../core/insights/index';
import { journalArbitraries } from '../core/insights/journal-arbitraries.test-support';
import { buildAssessmentFixture } from '../core/interop/journal-fixtures';
import { ACTIONS, type Episode } from '../core/journal';
import type { Store } from '../core/repositories';
import { CONDITIONS, CONTEXTS, MEDICATIONS, REGIONS } from '../core/vocabulary';
import { createTestDatabase } from '../test-support/test-database';
import { openStore } from './open-store';

// Local days a day away from the UTC day, every region and action (the SQL line copies days.ts's massage actions
// and leg regions), fractional durations either side of 10 minutes, repeated contexts and actions, histories that
// name conditions and medications (some twice), assessed episodes.
const ASSESSMENT = buildAssessmentFixture();
const { instant, episode: baseArb } = journalArbitraries({ days: 6, offsets: ['Z', '+13:00', '-11:00'] });
const episodeArb: fc.Arbitrary<Episode> = fc
  .tuple(
    baseArb,
    fc.constantFrom(...REGIONS),
    fc.option(fc.oneof(fc.double({ min: 0, max: 600, noNaN: true }), fc.constantFrom(10, 10.5, 0.1 + 0.2, 1e-7)), {
      nil: undefined,
    }),
    fc.array(fc.constantFrom(...CONTEXTS), { maxLength: 4 }),
    fc.array(fc.constantFrom(...ACTIONS), { maxLength: 4 }),
    fc.option(
      fc.record(
        {
          conditions: fc.array(fc.constantFrom(...CONDITIONS), { maxLength: 3 }),
          medications: fc.array(fc.constantFrom(...MEDICATIONS), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    fc.boolean(),
  )
  .map(([episode, region, durationMinutes, context, actions, history, assessed]) => {
    const { durationMinutes: _d, ...rest } = episode;
    return {
      ...rest,
      region,
      context,
      actions,
      ...(durationMinutes === undefined ? {} : { durationMinutes }),
      ...(history === undefined ? {} : { history: { ...history } }), // fc.record makes null-prototype objects
      ...(assessed ? { assessment: ASSESSMENT } : {}),
    };
  });

/** What the store keeps for a user: its days as insights read them (the whole journal). */
async function keptDays(store: Store, userId: string) {
  return unpackJournal(await store.insights.readPacked(userId, {})).days;
}

/** The kept days equal the days built from the user's episodes, through every write path. */
function describeKeptDays(name: string, open: () => Promise<Store>) {
  describe(`insights days kept on write (${name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    it('equal buildInsightsDays over listAll after imports, concurrent creates, updates and removes', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(episodeArb, { maxLength: 25, selector: (e) => e.id }),
          fc.uniqueArray(episodeArb, { maxLength: 8, selector: (e) => e.id }),
          fc.array(fc.tuple(fc.nat(), instant, fc.option(fc.double({ min: 0, max: 30, noNaN: true }))), {
            maxLength: 6,
          }),
          fc.array(fc.nat(), { maxLength: 5 }),
          async (imported, created, moves, removals) => {
            run += 1;
            const user = `00000000-0000-4000-b000-${String(run).padStart(12, '0')}`;
            const other = `00000000-0000-4000-c000-${String(run).padStart(12, '0')}`;
            await store.accounts.ensureUser(user);
            await store.accounts.ensureUser(other);
            const fresh = <T extends { id: string }>(items: T[]) =>
              items.map((i) => ({ ...i, id: crypto.randomUUID() }));
            const mine = fresh(imported);
            await store.journal.importAll(user, { episodes: mine, checkins: [], sessions: [] });
            await store.journal.importAll(other, { episodes: fresh(imported), checkins: [], sessions: [] });
            const made = fresh(created);
            await Promise.all(made.map((e) => store.journal.episodes.create(user, e)));
            const all = [...mine, ...made];
            for (const [i, startedAt, durationMinutes] of moves) {
              const target = all[i % Math.max(1, all.length)];
              if (!target) continue;
              const { durationMinutes: _d, ...rest } = target;
              await store.journal.episodes.update(user, {
                ...rest,
                startedAt,
                ...(durationMinutes === null ? {} : { durationMinutes }),
              });
            }
            for (const i of removals) {
              const target = all[i % Math.max(1, all.length)];
              if (target) await store.journal.episodes.remove(user, target.id);
            }
            const expected = buildInsightsDays(await store.journal.episodes.listAll(user));
            expect(await keptDays(store, user)).toEqual(expected);
            expect(await keptDays(store, other)).toEqual(
              buildInsightsDays(await store.journal.episodes.listAll(other)),
            );
          },
        ),
        { numRuns: 20, seed: 36 },
      );
    });

    it('drop a user’s days with “delete all my data” and with the account', async () => {
      const user = crypto.randomUUID();
      await store.accounts.ensureUser(user);
      const [episode] = fc.sample(episodeArb, { numRuns: 1, seed: 1 });
      await store.journal.episodes.create(user, { ...(episode as Episode), id: crypto.randomUUID() });
      expect(await keptDays(store, user)).toHaveLength(1);
      await store.journal.deleteAll(user);
      expect(await keptDays(store, user)).toEqual([]);
      await store.journal.episodes.create(user, { ...(episode as Episode), id: crypto.randomUUID() });
      expect(await keptDays(store, user)).toHaveLength(1);
      await store.accounts.deleteUser(user);
      expect(await keptDays(store, user)).toEqual([]);
    });
  });
}

describeKeptDays('PGlite', () => openStore({ dataDir: 'memory://' }));

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeKeptDays('PostgreSQL', async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }));
});
