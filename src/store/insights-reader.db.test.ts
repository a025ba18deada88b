import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CHECKIN_FIELDS,
  EPISODE_FIELDS,
  type PackedField,
  SESSION_FIELDS,
  summariseDays,
  summariseJournal,
  unpackJournal,
} from '../core/insights/index';
import { dayOf, journalArbitraries, painArb } from '../core/insights/journal-arbitraries.test-support';
import { ACTIONS, type CheckIn, type Episode, type SessionRecord } from '../core/journal';
import type { Store } from '../core/repositories';
import { CONTEXTS } from '../core/vocabulary';
import { buildSession } from '../test-support/factories';
import { createTestDatabase } from '../test-support/test-database';
import { openStore } from './open-store';

// Offsets far from UTC put the local day a day away from the UTC day: the range edges must follow the local day.
const {
  instant,
  episode: episodeArb,
  checkin: checkinArb,
} = journalArbitraries({ days: 60, offsets: ['Z', '+13:00', '-11:00'] });
const sessionArb: fc.Arbitrary<SessionRecord> = fc
  .tuple(fc.uuid({ version: 4 }), instant, painArb, painArb)
  .map(([id, startedAt, painBefore, painAfter]) => {
    const session = buildSession({ id, startedAt });
    return {
      ...session,
      ...(painBefore === undefined ? {} : { painBefore }),
      ...(painAfter === undefined ? {} : { painAfter }),
    };
  });
// Fractional and extreme durations (a double must come back bit for bit from its packed text), repeated contexts
// and actions (the analysis counts a repeated context twice and a repeated action once).
const packedEpisodeArb: fc.Arbitrary<Episode> = fc
  .tuple(
    episodeArb,
    fc.option(fc.oneof(fc.double({ min: 0, max: 525_600, noNaN: true }), fc.constantFrom(0.1 + 0.2, 1e-7, 525_600)), {
      nil: undefined,
    }),
    fc.array(fc.constantFrom(...CONTEXTS), { maxLength: 4 }),
    fc.array(fc.constantFrom(...ACTIONS), { maxLength: 4 }),
  )
  .map(([episode, durationMinutes, context, actions]) => {
    const { durationMinutes: _d, ...rest } = episode;
    return { ...rest, context, actions, ...(durationMinutes === undefined ? {} : { durationMinutes }) };
  });
const packedCheckinArb: fc.Arbitrary<CheckIn> = fc
  .tuple(
    checkinArb,
    fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
    fc.option(fc.constantFrom('none', 'light', 'moderate', 'hard'), { nil: undefined }),
    fc.option(fc.boolean(), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  )
  .map(([checkin, fluidsLitres, exerciseIntensity, coldExposure, exerciseMinutes]) => {
    const { fluidsLitres: _f, ...rest } = checkin;
    return {
      ...rest,
      ...(fluidsLitres === undefined ? {} : { fluidsLitres }),
      ...(exerciseIntensity === undefined ? {} : { exerciseIntensity }),
      ...(coldExposure === undefined ? {} : { coldExposure }),
      ...(exerciseMinutes === undefined ? {} : { exerciseMinutes }),
    } as CheckIn;
  });
/** The packed (analysed) fields of a record, as the reader gives them: missing values left out. */
const pick = (record: object, fields: readonly PackedField[]) => {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(
    fields.filter(({ key }) => values[key] !== undefined && values[key] !== null).map(({ key }) => [key, values[key]]),
  );
};

const rangeArb = fc.record(
  { from: fc.integer({ min: -2, max: 62 }).map(dayOf), to: fc.integer({ min: -2, max: 62 }).map(dayOf) },
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
            const expected = summariseJournal(everything, range);
            expect(summariseJournal(read, range)).toEqual(expected);
            // What the server answers: the kept days (migration 0009) and the packed records, analysed.
            expect(summariseDays(unpackJournal(await store.insights.readPacked(alice, range)), range)).toEqual(
              expected,
            );
          },
        ),
        { numRuns: 15, seed: 20 },
      );
    });

    it('pack every analysed field of every record in the range, bit for bit, in listAll order', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(packedEpisodeArb, { maxLength: 30, selector: (e) => e.id }),
          fc.uniqueArray(packedCheckinArb, { maxLength: 20, selector: (c) => c.id }),
          fc.uniqueArray(sessionArb, { maxLength: 10, selector: (s) => s.id }),
          rangeArb,
          async (episodes, checkins, sessions, range) => {
            run += 1;
            const user = `00000000-0000-4000-a000-${String(run).padStart(12, '0')}`;
            await store.accounts.ensureUser(user);
            const fresh = <T extends { id: string }>(items: T[]) =>
              items.map((i) => ({ ...i, id: crypto.randomUUID() }));
            await store.journal.importAll(user, {
              episodes: fresh(episodes),
              checkins: fresh(checkins),
              sessions: fresh(sessions),
            });
            const from = range.from ?? '0001-01-01';
            const to = range.to ?? '9999-12-31';
            const inRange = (day: string) => day >= from && day <= to;
            const expected = {
              episodes: (await store.journal.episodes.listAll(user))
                .filter((e) => inRange(e.startedAt.slice(0, 10)))
                .map((e) => pick(e, EPISODE_FIELDS)),
              checkins: (await store.journal.checkins.listAll(user))
                .filter((c) => inRange(c.date))
                .map((c) => pick(c, CHECKIN_FIELDS)),
              sessions: (await store.journal.sessions.listAll(user))
                .filter((s) => inRange(s.startedAt.slice(0, 10)))
                .map((s) => pick(s, SESSION_FIELDS)),
            };
            const packed = await store.insights.readPacked(user, range);
            for (const pages of [packed.dayPages, packed.checkinPages, packed.sessionPages]) {
              expect(pages.every((page) => page.length > 0)).toBe(true);
            }
            const read = await store.insights.read(user, range);
            expect(read).toEqual(expected);
            // toEqual treats 0 and -0 alike; a double must come back as the same bits.
            for (const [i, e] of read.episodes.entries()) {
              expect(Object.is(e.durationMinutes, expected.episodes[i]?.durationMinutes)).toBe(true);
            }
            for (const [i, c] of read.checkins.entries()) {
              expect(Object.is(c.fluidsLitres, expected.checkins[i]?.fluidsLitres)).toBe(true);
            }
          },
        ),
        { numRuns: 25, seed: 29 },
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
