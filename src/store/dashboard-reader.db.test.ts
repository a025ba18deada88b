import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summariseDashboardClient } from '../core/insights/dashboard';
import { ACTIONS, type Episode, type SessionRecord } from '../core/journal';
import type { Store } from '../core/repositories';
import { REGIONS, RESPONSES } from '../core/vocabulary';
import { buildSession } from '../test-support/factories';
import { migrationsUpTo } from '../test-support/populate-0003';
import { tempDirsRemovedAfterAll } from '../test-support/temp-dirs';
import { createTestDatabase } from '../test-support/test-database';
import type { RawQuery } from './insights-reader';
import { createLiveDashboardReader } from './live-dashboard-reader.test-support';
import { openStore, type StoreConfig } from './open-store';

const DAY_MS = 86_400_000;
const OFFSETS = [0, 13 * 60, -11 * 60, 5 * 60 + 30];
const PLAN_IDS = ['00000000-0000-4000-8000-00000000aaaa', '00000000-0000-4000-8000-00000000bbbb'];

/** An instant `minutes` from now, written with a UTC offset (far offsets put the local day a day away). */
const instantArb = fc
  .tuple(fc.integer({ min: -100 * 24 * 60, max: 3 * 24 * 60 }), fc.constantFrom(...OFFSETS), fc.nat(59_999))
  .map(([minutes, offset, ms]) => {
    const at = Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000 + ms;
    const local = new Date(at + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? '-' : '+';
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const mm = String(Math.abs(offset) % 60).padStart(2, '0');
    return offset === 0 ? `${local}Z` : `${local}${sign}${hh}:${mm}`;
  });
const painArb = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
const episodeArb: fc.Arbitrary<Episode> = fc.record({
  id: fc.constant(''),
  startedAt: instantArb,
  region: fc.constantFrom(...REGIONS),
  context: fc.constant([]),
  signs: fc.constant([]),
  actions: fc.subarray([...ACTIONS], { maxLength: 2 }),
  durationMinutes: fc.option(fc.constantFrom(0, 2.5, 10, 10.5, 45), { nil: undefined }),
  intensity: painArb,
  painBefore: painArb,
  painAfter: painArb,
  response: fc.option(fc.constantFrom(...RESPONSES), { nil: undefined }),
}) as fc.Arbitrary<Episode>;
const sessionArb: fc.Arbitrary<SessionRecord> = fc
  .tuple(instantArb, painArb, painArb, fc.option(fc.constantFrom('worse', 'user') as fc.Arbitrary<'worse' | 'user'>))
  .chain(([startedAt, painBefore, painAfter, stopReason]) =>
    fc.option(fc.constantFrom(...PLAN_IDS), { nil: undefined }).map((assignedPlanId) => {
      const { endedAt: _ended, ...session } = buildSession({ startedAt });
      return {
        ...session,
        ...(painBefore === undefined ? {} : { painBefore }),
        ...(painAfter === undefined ? {} : { painAfter }),
        ...(stopReason === null ? {} : { stopReason, stoppedEarly: true }),
        ...(assignedPlanId === undefined ? {} : { assignedPlanId }),
      };
    }),
  );

/** What happens to one client's journal, through each of the store's write paths. */
const journalArb = fc.record({
  imported: fc.array(episodeArb, { maxLength: 25 }),
  importedSessions: fc.array(sessionArb, { maxLength: 12 }),
  created: fc.array(episodeArb, { maxLength: 6 }),
  createdSessions: fc.array(sessionArb, { maxLength: 4 }),
  /** Indexes into the episodes so far: moved to another instant (often another window) or removed. */
  moved: fc.array(fc.tuple(fc.nat(), instantArb), { maxLength: 4 }),
  removed: fc.array(fc.nat(), { maxLength: 4 }),
  removedSessions: fc.array(fc.nat(), { maxLength: 2 }),
  ending: fc.constantFrom('kept', 'kept', 'kept', 'delete-my-data', 'account-deleted'),
});

type Journal = typeof journalArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a client's journal through import, concurrent creates (group commit on PGlite), updates and deletes. */
async function writeJournal(store: Store, clientId: string, journal: Journal): Promise<void> {
  const fresh = <T extends { id: string }>(items: T[]) => items.map((i) => ({ ...i, id: crypto.randomUUID() }));
  const episodes = fresh(journal.imported);
  const sessions = fresh(journal.importedSessions);
  await store.journal.importAll(clientId, { episodes, checkins: [], sessions });
  const created = fresh(journal.created);
  const createdSessions = fresh(journal.createdSessions);
  await Promise.all([
    ...created.map((e) => store.journal.episodes.create(clientId, e)),
    ...createdSessions.map((s) => store.journal.sessions.create(clientId, s)),
  ]);
  const all = [...episodes, ...created];
  for (const [index, startedAt] of journal.moved) {
    const episode = all[index % Math.max(1, all.length)];
    if (episode) await store.journal.episodes.update(clientId, { ...episode, startedAt });
  }
  for (const index of journal.removed) {
    const episode = all[index % Math.max(1, all.length)];
    if (episode) await store.journal.episodes.remove(clientId, episode.id);
  }
  const allSessions = [...sessions, ...createdSessions];
  for (const index of journal.removedSessions) {
    const session = allSessions[index % Math.max(1, allSessions.length)];
    if (session) await store.journal.sessions.remove(clientId, session.id);
  }
  if (journal.ending === 'delete-my-data') await store.journal.deleteAll(clientId);
  if (journal.ending === 'account-deleted') await store.accounts.deleteUser(clientId);
}

/** Episodes at one instant have no order; the reference's is the database's, so the test keeps instants apart. */
const distinctInstants = (journal: Journal) => {
  const instants = [...journal.imported, ...journal.created].map((e) => Date.parse(e.startedAt));
  instants.push(...journal.moved.map(([, at]) => Date.parse(at)));
  return new Set(instants).size === instants.length;
};

/** The reader of decision 0028 answers what the live reader answered, whatever the writes and the window. */
function describeEquivalence(name: string, open: (config: StoreConfig) => Promise<Store>) {
  describe(`the dashboard window kept on write (${name})`, () => {
    let store: Store;
    let query: RawQuery;
    beforeAll(async () => {
      store = await open({
        withRawQuery: (q) => {
          query = q;
        },
      });
    });
    afterAll(() => store.close());

    it('reads what the live journal gives, for every write path and window (kept row or live fallback)', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(journalArb.filter(distinctInstants), { minLength: 1, maxLength: 3 }),
          // Windows from 90 days back (before the kept rows' 70 days: the live path) to tomorrow.
          fc.integer({ min: -90 * 24 * 60, max: 24 * 60 }),
          fc.integer({ min: 0, max: 60 * 24 * 60 }),
          async (journals, sinceMinutes, adherenceAfter) => {
            run += 1;
            const clinicianId = `00000000-0000-4000-a000-${String(run).padStart(12, '0')}`;
            await store.accounts.ensureUser(clinicianId);
            const clientIds = journals.map(() => crypto.randomUUID());
            for (const [i, clientId] of clientIds.entries()) {
              await store.accounts.ensureUser(clientId);
              await writeJournal(store, clientId, journals[i] as Journal);
            }
            // A client never written to, and an id that is no user.
            const quiet = crypto.randomUUID();
            await store.accounts.ensureUser(quiet);
            const ids = [...clientIds, quiet, crypto.randomUUID()];
            const now = Date.now();
            const since = new Date(now + sinceMinutes * 60_000);
            const adherenceSince = new Date(since.getTime() + adherenceAfter * 60_000);
            const kept = await store.careTeam.readDashboard(ids, clinicianId, since, adherenceSince);
            const live = await createLiveDashboardReader(query)(ids, clinicianId, since, adherenceSince);
            expect(kept).toEqual(live);
            // Read again after one more write: a client's parsed window is reused only while its kept text is the same.
            const [first] = clientIds;
            if (first && journals[0]?.ending === 'kept') {
              await store.journal.episodes.create(first, {
                ...episodeSample(),
                startedAt: new Date(now).toISOString(),
              });
            }
            expect(await store.careTeam.readDashboard(ids, clinicianId, since, adherenceSince)).toEqual(
              await createLiveDashboardReader(query)(ids, clinicianId, since, adherenceSince),
            );
            const today = new Date(now).toISOString().slice(0, 10);
            expect(kept.map((c) => summariseDashboardClient(c, today))).toEqual(
              live.map((c) => summariseDashboardClient(c, today)),
            );
          },
        ),
        { numRuns: 25, seed: 28 },
      );
    });

    it('a write only marks the client’s row stale; the next dashboard rebuilds it', async () => {
      const clientId = crypto.randomUUID();
      await store.accounts.ensureUser(clientId);
      const since = new Date(Date.now() - 57 * DAY_MS);
      const row = async () =>
        (await query('select "stale", "episodes" from "dashboard_windows" where "user_id" = $1', [clientId]))[0];
      await store.journal.episodes.create(clientId, episodeSample());
      expect(await row()).toBeUndefined(); // nobody read this client yet: its writes build nothing
      expect((await store.careTeam.readDashboard([clientId], clientId, since, since))[0]?.episodes).toHaveLength(1);
      const [fresh, text] = (await row()) as [boolean, string];
      expect(fresh).toBe(false);
      await Promise.all([1, 2, 3].map(() => store.journal.episodes.create(clientId, episodeSample())));
      expect(await row()).toEqual([true, text]);
      expect((await store.careTeam.readDashboard([clientId], clientId, since, since))[0]?.episodes).toHaveLength(4);
      expect((await row())?.[0]).toBe(false);
    });

    it('dashboards read while the client writes miss no write once the writes are done', async () => {
      const clientId = crypto.randomUUID();
      await store.accounts.ensureUser(clientId);
      const since = new Date(Date.now() - 57 * DAY_MS);
      const read = () => store.careTeam.readDashboard([clientId], clientId, since, since);
      await read();
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          i % 3 === 0 ? read() : store.journal.episodes.create(clientId, episodeSample()),
        ),
      );
      const [kept] = await read();
      expect(kept?.episodes).toHaveLength(8);
      expect([kept]).toEqual(await createLiveDashboardReader(query)([clientId], clientId, since, since));
    });

    it('a rolled-back import leaves the client’s dashboard as it was', async () => {
      const clientId = crypto.randomUUID();
      await store.accounts.ensureUser(clientId);
      const startedAt = new Date(Date.now() - DAY_MS).toISOString();
      await store.journal.episodes.create(clientId, { ...episodeSample(), startedAt });
      const since = new Date(Date.now() - 57 * DAY_MS);
      const before = await store.careTeam.readDashboard([clientId], clientId, since, since);
      const bad = { ...buildSession({ startedAt }), episodeId: crypto.randomUUID() };
      await expect(
        store.journal.importAll(clientId, {
          episodes: [{ ...episodeSample(), startedAt }],
          checkins: [],
          sessions: [bad],
        }),
      ).rejects.toThrow();
      expect(await store.careTeam.readDashboard([clientId], clientId, since, since)).toEqual(before);
      expect(before[0]?.episodes).toHaveLength(1);
    });
  });
}

const episodeSample = (): Episode => ({
  id: crypto.randomUUID(),
  startedAt: new Date().toISOString(),
  region: 'calf',
  context: [],
  signs: [],
  actions: ['stretch'],
  durationMinutes: 12,
  response: 'worse',
});

describeEquivalence('PGlite', (config) => openStore({ ...config, dataDir: 'memory://' }));

const tempDir = tempDirsRemovedAfterAll();

describe('migration 0007', () => {
  it('backfills a window row for the journals written before it', async () => {
    const dir = tempDir('knead-m6-');
    const lite = new PGlite(dir);
    await migrate(drizzle({ client: lite }), { migrationsFolder: migrationsUpTo(tempDir('knead-mig-'), 7) });
    const clients = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const [i, id] of clients.entries()) {
      await lite.query('insert into "users" ("id", "email") values ($1, $2)', [id, `c${i}@example.com`]);
      // 0: 120 days of an episode a day and a session every 3 days; 1: only old records; 2: nothing.
      const days = i === 0 ? 120 : i === 1 ? 3 : 0;
      for (let d = 0; d < days; d++) {
        const at = new Date(Date.now() - (i === 1 ? 200 + d : d) * DAY_MS - d * 3_600_000).toISOString();
        await lite.query(
          `insert into "episodes" ("id", "user_id", "started_at", "started_at_text", "region", "duration_minutes",
             "context", "signs", "actions", "pain_before", "pain_after", "response")
           values (gen_random_uuid(), $1, $2::timestamptz, $2::text, $3, $4, '{}', '{}', $5, 6, $6, $7)`,
          [
            id,
            at,
            d % 2 ? 'calf' : 'neck',
            d % 5 === 0 ? 12 : 3,
            d % 3 ? ['stretch'] : [],
            d % 7,
            d % 4 ? 'worse' : null,
          ],
        );
        if (d % 3 === 0) {
          await lite.query(
            `insert into "massage_sessions" ("id", "user_id", "started_at", "started_at_text", "region", "massage",
               "plan", "steps_completed", "stopped_early", "stop_reason", "assigned_plan_id")
             values (gen_random_uuid(), $1, $2::timestamptz, $2::text, 'calf', 'gentle', '{}', 1, $3, $4, $5)`,
            [id, at, d % 2 === 0, d % 2 === 0 ? 'worse' : null, d % 6 === 0 ? PLAN_IDS[0] : null],
          );
        }
      }
    }
    await lite.close();
    let query: RawQuery | undefined;
    const store = await openStore({
      dataDir: dir,
      withRawQuery: (q) => {
        query = q;
      },
    });
    try {
      const since = new Date(Date.now() - 57 * DAY_MS);
      const adherenceSince = new Date(Date.now() - 28 * DAY_MS);
      const kept = await store.careTeam.readDashboard(clients, clients[0] as string, since, adherenceSince);
      // Client 0: day d is d days and d hours back, so days 0–54 fall in the 57 days.
      expect(kept.map((c) => c.episodes.length)).toEqual([55, 0, 0]);
      expect(kept[1]?.lastEpisode).not.toBeNull();
      const live = createLiveDashboardReader(query as RawQuery);
      expect(kept).toEqual(await live(clients, clients[0] as string, since, adherenceSince));
    } finally {
      await store.close();
    }
  });
});

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeEquivalence('PostgreSQL', async (config) =>
    openStore({ ...config, databaseUrl: await createTestDatabase(postgresUrl) }),
  );
});
