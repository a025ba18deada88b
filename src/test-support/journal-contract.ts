import { describe, expect, it } from 'vitest';
import { ImportConflictError, InvalidCursorError } from '../core/journal-repository';
import type { Store } from '../core/repositories';
import { buildCheckIn, buildEpisode, buildSession, makeId } from './factories';

/** One repository suite for every store implementation (memory, PGlite, PostgreSQL). */
export function describeStoreContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    const setup = async () => {
      const store = await open();
      const alice = makeId();
      const bob = makeId();
      await store.accounts.ensureUser(alice, null);
      await store.accounts.createUser({ id: bob, email: `bob-${bob}@example.org`, passwordHash: 'x' });
      return { store, alice, bob };
    };

    it('creates idempotently by client id, and refuses another user the same id', async () => {
      const { store, alice, bob } = await setup();
      const episode = buildEpisode();
      const first = await store.journal.episodes.create(alice, episode);
      expect(first.status).toBe('created');
      const again = await store.journal.episodes.create(alice, { ...episode, notes: 'changed' });
      expect(again).toMatchObject({ status: 'exists', record: { notes: 'woke up with it' } });
      expect(await store.journal.episodes.create(bob, episode)).toEqual({ status: 'conflict' });
      expect(await store.journal.episodes.get(bob, episode.id)).toBeNull();
      await store.close();
    });

    it('round-trips every field losslessly, keeping the local offset', async () => {
      const { store, alice } = await setup();
      const episode = buildEpisode({ history: { frequency: 'weekly', conditions: ['diabetes'] } });
      const session = buildSession({ stopReason: 'worse', stoppedEarly: true, episodeId: episode.id });
      const checkin = buildCheckIn();
      await store.journal.episodes.create(alice, episode);
      await store.journal.sessions.create(alice, session);
      await store.journal.checkins.create(alice, checkin);
      const strip = <T extends object>(r: T | null) => {
        const { createdAt: _c, updatedAt: _u, ...rest } = r as T & { createdAt: string; updatedAt: string };
        return rest;
      };
      expect(strip(await store.journal.episodes.get(alice, episode.id))).toEqual(episode);
      expect(strip(await store.journal.sessions.get(alice, session.id))).toEqual(session);
      expect(strip(await store.journal.checkins.get(alice, checkin.id))).toEqual(checkin);
      await store.close();
    });

    it('pages newest first with a cursor and filters by range', async () => {
      const { store, alice, bob } = await setup();
      for (let day = 1; day <= 7; day++) {
        const startedAt = `2026-04-0${day}T08:00:00Z`;
        await store.journal.episodes.create(alice, buildEpisode({ startedAt }));
      }
      await store.journal.episodes.create(bob, buildEpisode({ startedAt: '2026-04-05T09:00:00Z' }));
      const first = await store.journal.episodes.list(alice, { limit: 3 });
      expect(first.items.map((e) => e.startedAt.slice(0, 10))).toEqual(['2026-04-07', '2026-04-06', '2026-04-05']);
      const second = await store.journal.episodes.list(alice, { limit: 3, cursor: first.nextCursor });
      expect(second.items.map((e) => e.startedAt.slice(0, 10))).toEqual(['2026-04-04', '2026-04-03', '2026-04-02']);
      const third = await store.journal.episodes.list(alice, { limit: 3, cursor: second.nextCursor });
      expect(third).toMatchObject({ nextCursor: null });
      expect(third.items).toHaveLength(1);
      const ranged = await store.journal.episodes.listAll(alice, { from: '2026-04-03', to: '2026-04-05' });
      expect(ranged.map((e) => e.startedAt.slice(0, 10))).toEqual(['2026-04-03', '2026-04-04', '2026-04-05']);
      await expect(store.journal.episodes.list(alice, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      await store.close();
    });

    it('updates and deletes only the owner’s rows', async () => {
      const { store, alice, bob } = await setup();
      const checkin = buildCheckIn();
      await store.journal.checkins.create(alice, checkin);
      expect(await store.journal.checkins.update(bob, { ...checkin, stress: 9 })).toBeNull();
      expect(await store.journal.checkins.remove(bob, checkin.id)).toBe(false);
      expect(await store.journal.checkins.update(alice, { ...checkin, stress: 9 })).toMatchObject({ stress: 9 });
      expect(await store.journal.checkins.remove(alice, checkin.id)).toBe(true);
      expect(await store.journal.checkins.get(alice, checkin.id)).toBeNull();
      await store.close();
    });

    it('imports all or nothing and is idempotent by id', async () => {
      const { store, alice, bob } = await setup();
      const contents = {
        episodes: [buildEpisode(), buildEpisode()],
        checkins: [buildCheckIn()],
        sessions: [buildSession()],
      };
      expect(await store.journal.importAll(alice, contents)).toEqual({ episodes: 2, checkins: 1, sessions: 1 });
      expect(await store.journal.importAll(alice, contents)).toEqual({ episodes: 2, checkins: 1, sessions: 1 });
      expect(await store.journal.episodes.listAll(alice)).toHaveLength(2);
      const stolen = { episodes: [buildEpisode(), ...contents.episodes], checkins: [], sessions: [] };
      await expect(store.journal.importAll(bob, stolen)).rejects.toBeInstanceOf(ImportConflictError);
      expect(await store.journal.episodes.listAll(bob)).toHaveLength(0);
      await store.journal.deleteAll(alice);
      expect(await store.journal.episodes.listAll(alice)).toHaveLength(0);
      expect(await store.journal.sessions.listAll(alice)).toHaveLength(0);
      await store.close();
    });

    it('restores the timestamps a backup carries, and keeps its own for records without them', async () => {
      const { store, alice } = await setup();
      const restored = {
        ...buildEpisode(),
        createdAt: '2025-03-01T08:00:00.000Z',
        updatedAt: '2025-03-02T09:30:00.000Z',
      };
      const checkin = { ...buildCheckIn(), createdAt: '2025-03-01T21:00:00.000Z' };
      const plain = buildSession();
      await store.journal.importAll(alice, { episodes: [restored], checkins: [checkin], sessions: [plain] });
      expect(await store.journal.episodes.get(alice, restored.id)).toMatchObject({
        createdAt: restored.createdAt,
        updatedAt: restored.updatedAt,
      });
      expect(await store.journal.checkins.get(alice, checkin.id)).toMatchObject({
        createdAt: checkin.createdAt,
        updatedAt: checkin.createdAt,
      });
      const first = await store.journal.sessions.get(alice, plain.id);
      expect(Date.parse(first?.createdAt ?? '')).toBeGreaterThan(Date.parse('2026-01-01'));
      // Importing it again without timestamps keeps the createdAt it already has.
      await store.journal.importAll(alice, { episodes: [], checkins: [], sessions: [plain] });
      expect((await store.journal.sessions.get(alice, plain.id))?.createdAt).toBe(first?.createdAt);
      await store.close();
    });

    it('keeps sessions, tokens and share links per user, hashed and revocable', async () => {
      const { store, alice, bob } = await setup();
      const now = new Date();
      await store.accounts.createSession({ idHash: `s-${alice}`, userId: alice, expiresAt: new Date(+now + 60_000) });
      expect(await store.accounts.findSessionUser(`s-${alice}`, now)).toBe(alice);
      expect(await store.accounts.findSessionUser(`s-${alice}`, new Date(+now + 120_000))).toBeNull();
      const token = await store.accounts.createToken({
        id: makeId(),
        userId: bob,
        name: 'watch',
        tokenHash: `t-${bob}`,
      });
      expect(await store.accounts.findTokenUser(`t-${bob}`)).toBe(bob);
      expect(await store.accounts.revokeToken(alice, token.id)).toBe(false);
      expect(await store.accounts.revokeToken(bob, token.id)).toBe(true);
      expect(await store.accounts.findTokenUser(`t-${bob}`)).toBeNull();
      const link = await store.shares.create({
        id: makeId(),
        userId: alice,
        tokenHash: `h-${alice}`,
        fromDate: '2026-01-01',
        toDate: '2026-03-31',
        expiresAt: new Date(+now + 86_400_000),
      });
      expect(await store.shares.findActiveByTokenHash(`h-${alice}`, now)).toMatchObject({ id: link.id });
      await store.shares.logAccess(link.id, 'report.pdf');
      expect(await store.shares.listAccess(alice, link.id)).toMatchObject([{ what: 'report.pdf' }]);
      expect(await store.shares.listAccess(bob, link.id)).toEqual([]);
      expect(await store.shares.revoke(bob, link.id)).toBe(false);
      expect(await store.shares.revoke(alice, link.id)).toBe(true);
      expect(await store.shares.findActiveByTokenHash(`h-${alice}`, now)).toBeNull();
      expect(
        await store.accounts.createUser({ id: makeId(), email: `BOB-${bob}@example.org`, passwordHash: 'y' }),
      ).toBe('email-taken');
      await store.journal.episodes.create(bob, buildEpisode());
      await store.accounts.deleteUser(bob);
      expect(await store.accounts.findUser(bob)).toBeNull();
      expect(await store.journal.episodes.listAll(bob)).toHaveLength(0);
      await store.close();
    });

    it('counts rate-limit hits per key in fixed windows, atomically under concurrency', async () => {
      const { store } = await setup();
      const key = `signin:${makeId()}`;
      const t0 = new Date('2026-11-24T10:00:00Z');
      const at = (ms: number) => new Date(t0.getTime() + ms);
      expect(await store.rateLimits.hit(key, 60_000, t0)).toEqual({ count: 1, resetAt: at(60_000) });
      expect(await store.rateLimits.hit(key, 60_000, at(59_999))).toEqual({ count: 2, resetAt: at(60_000) });
      expect((await store.rateLimits.hit(`other:${key}`, 60_000, at(1))).count).toBe(1);
      // The window ended: counting starts again, with a new window from this hit.
      expect(await store.rateLimits.hit(key, 60_000, at(60_000))).toEqual({ count: 1, resetAt: at(120_000) });
      const burst = await Promise.all(Array.from({ length: 20 }, () => store.rateLimits.hit(key, 60_000, at(61_000))));
      expect(burst.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      await store.close();
    });
  });
}
