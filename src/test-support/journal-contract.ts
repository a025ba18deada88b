import { describe, expect, it } from 'vitest';
import { unpackJournal } from '../core/insights/packed';
import { InvalidCursorError } from '../core/journal-repository';
import type { Store } from '../core/repositories';
import { describeCareTeamContract } from './care-team-contract';
import { buildCheckIn, buildEpisode, buildSession, makeId } from './factories';

/** One repository suite for every store implementation (memory, PGlite, PostgreSQL). */
export function describeStoreContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    const setup = async () => {
      const store = await open();
      const alice = makeId();
      const bob = makeId();
      await store.accounts.ensureUser(alice);
      await store.accounts.createUser({ id: bob, email: `bob-${bob}@example.org`, passwordHash: 'x' });
      return { store, alice, bob };
    };

    it('creates idempotently by client id, ids unique per user: another user’s same id is their own record', async () => {
      const { store, alice, bob } = await setup();
      const episode = buildEpisode();
      const first = await store.journal.episodes.create(alice, episode);
      expect(first.status).toBe('created');
      const again = await store.journal.episodes.create(alice, { ...episode, notes: 'changed' });
      expect(again).toMatchObject({ status: 'exists', record: { notes: 'woke up with it' } });
      expect(await store.journal.episodes.create(bob, { ...episode, notes: 'bob’s' })).toMatchObject({
        status: 'created',
        record: { notes: 'bob’s' },
      });
      expect(await store.journal.episodes.get(alice, episode.id)).toMatchObject({ notes: 'woke up with it' });
      expect(await store.journal.episodes.remove(bob, episode.id)).toBe(true);
      expect(await store.journal.episodes.get(alice, episode.id)).toMatchObject({ notes: 'woke up with it' });
      await store.close();
    });

    it('reads insights of its user only, each write seen by the next read (kept days rebuilt on read)', async () => {
      const { store, alice, bob } = await setup();
      const days = async (user: string) =>
        unpackJournal(await store.insights.readPacked(user, {})).days.map((d) => [d.day, d.episodes]);
      await store.journal.episodes.create(alice, buildEpisode({ startedAt: '2026-03-04T08:00:00+01:00' }));
      expect(await days(alice)).toEqual([['2026-03-04', 1]]);
      await store.journal.episodes.create(alice, buildEpisode({ startedAt: '2026-03-04T20:00:00+01:00' }));
      const moved = buildEpisode({ startedAt: '2026-03-05T09:00:00+01:00' });
      await store.journal.episodes.create(bob, moved);
      expect(await days(alice)).toEqual([['2026-03-04', 2]]);
      expect(await days(bob)).toEqual([['2026-03-05', 1]]);
      // An update that moves the episode to another day, then a removal: both days follow.
      await store.journal.episodes.update(bob, { ...moved, startedAt: '2026-03-06T09:00:00+01:00' });
      expect(await days(bob)).toEqual([['2026-03-06', 1]]);
      expect(await store.journal.episodes.remove(bob, moved.id)).toBe(true);
      expect(await days(bob)).toEqual([]);
      expect(await days(alice)).toEqual([['2026-03-04', 2]]);
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
      expect(await store.journal.importAll(alice, contents)).toEqual({
        episodes: 2,
        checkins: 1,
        sessions: 1,
        existing: 0,
      });
      // A repeat adds nothing, and says so: every record is already there.
      expect(await store.journal.importAll(alice, contents)).toEqual({
        episodes: 2,
        checkins: 1,
        sessions: 1,
        existing: 4,
      });
      expect(await store.journal.episodes.listAll(alice)).toHaveLength(2);
      // The same ids imported by another user are that user's records; the first user's are untouched.
      const copied = {
        episodes: contents.episodes.map((e) => ({ ...e, notes: 'bob’s copy' })),
        checkins: [],
        sessions: [],
      };
      expect(await store.journal.importAll(bob, copied)).toMatchObject({ episodes: 2, existing: 0 });
      expect((await store.journal.episodes.listAll(alice)).map((e) => e.notes)).not.toContain('bob’s copy');
      expect(await store.journal.episodes.listAll(bob)).toHaveLength(2);
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
      const check = (at: number, idleMs = 3_600_000) => ({
        now: new Date(+now + at),
        idleSince: new Date(+now + at - idleMs),
        touchBefore: new Date(+now + at - 60_000),
      });
      await store.accounts.createSession({
        idHash: `s-${alice}`,
        userId: alice,
        expiresAt: new Date(+now + 60_000),
        now,
      });
      expect(await store.accounts.findSessionUser(`s-${alice}`, check(0))).toBe(alice);
      expect(await store.accounts.findSessionUser(`s-${alice}`, check(120_000))).toBeNull();
      const token = await store.accounts.createToken({
        id: makeId(),
        userId: bob,
        name: 'watch',
        tokenHash: `t-${bob}`,
      });
      expect(token).toMatchObject({ scopes: ['read', 'journal:write'], expiresAt: null });
      expect(await store.accounts.findToken(`t-${bob}`, now)).toEqual({
        userId: bob,
        scopes: ['read', 'journal:write'],
      });
      expect(await store.accounts.revokeToken(alice, token.id)).toBe(false);
      expect(await store.accounts.revokeToken(bob, token.id)).toBe(true);
      expect(await store.accounts.findToken(`t-${bob}`, now)).toBeNull();
      const link = await store.shares.create({
        id: makeId(),
        userId: alice,
        tokenHash: `h-${alice}`,
        fromDate: '2026-01-01',
        toDate: '2026-03-31',
        expiresAt: new Date(+now + 86_400_000),
      });
      expect(await store.shares.findActiveByTokenHash(`h-${alice}`, now)).toMatchObject({ id: link.id });
      await store.shares.logAccess(alice, link.id, 'report.pdf');
      expect(await store.shares.listAccess(alice, link.id)).toMatchObject([{ what: 'report.pdf' }]);
      expect(await store.shares.listAccess(bob, link.id)).toEqual([]);
      expect(await store.shares.revoke(bob, link.id)).toBe(false);
      expect(await store.shares.revoke(alice, link.id)).toBe(true);
      expect(await store.shares.findActiveByTokenHash(`h-${alice}`, now)).toBeNull();
      expect(
        await store.accounts.createUser({ id: makeId(), email: `BOB-${bob}@example.org`, passwordHash: 'y' }),
      ).toBe('email-taken');
      expect(await store.accounts.findUserByEmail(`Bob-${bob}@example.org`)).toMatchObject({ id: bob });
      await store.journal.episodes.create(bob, buildEpisode());
      await store.accounts.deleteUser(bob);
      expect(await store.accounts.findUser(bob)).toBeNull();
      expect(await store.accounts.findUserByEmail(`bob-${bob}@example.org`)).toBeNull();
      expect(await store.journal.episodes.listAll(bob)).toHaveLength(0);
      // Deleting the account frees its email.
      expect(
        await store.accounts.createUser({ id: makeId(), email: `bob-${bob}@example.org`, passwordHash: 'z' }),
      ).toBe('created');
      await store.close();
    });

    it('saves, lists and removes schedules per user; the same id under two users is two schedules', async () => {
      const { store, alice, bob } = await setup();
      const id = makeId();
      const plan = (text: string) => ({ text, intervalDays: 1 }) as never;
      const saved = await store.schedules.save(alice, {
        id,
        region: 'calf',
        startsOn: '2026-05-01',
        schedule: plan('a'),
      });
      expect(saved).toMatchObject({ id, region: 'calf', startsOn: '2026-05-01' });
      await store.schedules.save(bob, { id, region: 'neck', startsOn: '2026-06-01', schedule: plan('b') });
      // Saving again replaces the user's own schedule and keeps when it was first saved.
      const again = await store.schedules.save(alice, {
        id,
        region: 'calf',
        startsOn: '2026-05-02',
        schedule: plan('a2'),
      });
      expect(again.createdAt).toBe(saved.createdAt);
      expect((await store.schedules.list(alice)).map((s) => [s.startsOn, s.schedule])).toEqual([
        ['2026-05-02', plan('a2')],
      ]);
      expect(await store.schedules.remove(bob, id)).toBe(true);
      expect(await store.schedules.list(bob)).toEqual([]);
      expect(await store.schedules.list(alice)).toHaveLength(1);
      await store.schedules.deleteAll(alice);
      expect(await store.schedules.list(alice)).toEqual([]);
      await store.close();
    });

    it('keeps one patient profile per user: replaced whole, read back without empty fields, deleted with the user', async () => {
      const { store, alice, bob } = await setup();
      expect(await store.profiles.get(alice)).toBeNull();
      const full = { displayName: 'Ann Example', dateOfBirth: '1958-04-12', identifier: 'NHS 943 476 5919' };
      expect(await store.profiles.save(alice, full)).toEqual(full);
      await store.profiles.save(bob, { identifier: 'clinic-7' });
      // A save replaces the whole profile: the fields it leaves out are cleared.
      expect(await store.profiles.save(alice, { dateOfBirth: '1958-04-13' })).toEqual({ dateOfBirth: '1958-04-13' });
      expect(await store.profiles.get(alice)).toEqual({ dateOfBirth: '1958-04-13' });
      expect(await store.profiles.get(bob)).toEqual({ identifier: 'clinic-7' });
      await store.profiles.deleteAll(alice);
      expect(await store.profiles.get(alice)).toBeNull();
      await store.accounts.deleteUser(bob);
      expect(await store.profiles.get(bob)).toBeNull();
      await store.close();
    });

    it('ends idle sessions, slides the last use at most once a minute, lists and revokes sessions per user', async () => {
      const { store, alice, bob } = await setup();
      const t0 = new Date('2026-11-24T10:00:00Z');
      const at = (ms: number, idleMs = 30 * 60_000) => ({
        now: new Date(+t0 + ms),
        idleSince: new Date(+t0 + ms - idleMs),
        touchBefore: new Date(+t0 + ms - 60_000),
      });
      const expiresAt = new Date(+t0 + 86_400_000);
      for (const id of ['a1', 'a2', 'a3']) {
        await store.accounts.createSession({
          idHash: `${id}-${alice}`,
          userId: alice,
          expiresAt,
          now: t0,
          userAgent: id,
        });
      }
      await store.accounts.createSession({ idHash: `b-${bob}`, userId: bob, expiresAt, now: t0 });
      // Used at 29 min: alive, and the use is written, so it is still alive at 58 min.
      expect(await store.accounts.findSessionUser(`a1-${alice}`, at(29 * 60_000))).toBe(alice);
      expect(await store.accounts.findSessionUser(`a1-${alice}`, at(58 * 60_000))).toBe(alice);
      // Never used after creation: idle for 31 minutes, so ended.
      expect(await store.accounts.findSessionUser(`a2-${alice}`, at(31 * 60_000))).toBeNull();
      // A use within the minute is not written: last use stays at 58 min.
      expect(await store.accounts.findSessionUser(`a1-${alice}`, at(58 * 60_000 + 30_000))).toBe(alice);
      const listed = await store.accounts.listSessions(alice);
      expect(listed.map((s) => s.userAgent).sort()).toEqual(['a1', 'a2', 'a3']);
      expect(listed.find((s) => s.userAgent === 'a1')?.lastUsedAt).toBe(new Date(+t0 + 58 * 60_000).toISOString());
      const a3 = listed.find((s) => s.userAgent === 'a3');
      expect(await store.accounts.deleteSessionById(bob, a3?.id ?? '')).toBe(false);
      expect(await store.accounts.deleteSessionById(alice, a3?.id ?? '')).toBe(true);
      expect(await store.accounts.deleteOtherSessions(alice, `a1-${alice}`)).toBe(1);
      expect((await store.accounts.listSessions(alice)).map((s) => s.userAgent)).toEqual(['a1']);
      expect(await store.accounts.listSessions(bob)).toHaveLength(1);
      await store.close();
    });

    it('refuses expired tokens, keeps scopes, and consumes TOTP steps and recovery codes once', async () => {
      const { store, alice, bob } = await setup();
      const now = new Date('2026-11-24T10:00:00Z');
      await store.accounts.createToken({
        id: makeId(),
        userId: alice,
        name: 'read only',
        tokenHash: `r-${alice}`,
        scopes: ['read'],
        expiresAt: new Date(+now + 1000),
      });
      expect(await store.accounts.findToken(`r-${alice}`, now)).toEqual({ userId: alice, scopes: ['read'] });
      expect(await store.accounts.findToken(`r-${alice}`, new Date(+now + 1000))).toBeNull();
      await store.accounts.setTotp(alice, 'JBSWY3DPEHPK3PXP', now);
      expect(await store.accounts.findUser(alice)).toMatchObject({ totpSecret: 'JBSWY3DPEHPK3PXP' });
      expect(await store.accounts.consumeTotpStep(alice, 100)).toBe(true);
      expect(await store.accounts.consumeTotpStep(alice, 100)).toBe(false);
      expect(await store.accounts.consumeTotpStep(alice, 99)).toBe(false);
      expect(await store.accounts.consumeTotpStep(alice, 101)).toBe(true);
      await store.accounts.replaceRecoveryCodes(alice, [`c1-${alice}`, `c2-${alice}`]);
      expect(await store.accounts.consumeRecoveryCode(bob, `c1-${alice}`)).toBe(false);
      expect(await store.accounts.consumeRecoveryCode(alice, `c1-${alice}`)).toBe(true);
      expect(await store.accounts.consumeRecoveryCode(alice, `c1-${alice}`)).toBe(false);
      await store.accounts.setTotp(alice, null, null);
      expect(await store.accounts.findUser(alice)).toMatchObject({ totpSecret: null, totpEnabledAt: null });
      await store.close();
    });

    it('counts wrong passwords per account key and locks with the backoff policy', async () => {
      const { store } = await setup();
      const key = `signin-account:${makeId()}`;
      const t0 = new Date('2026-11-24T10:00:00Z');
      const policy = { freeFailures: 3, baseMs: 1000, maxMs: 4000 };
      const locks: (number | null)[] = [];
      for (let i = 0; i < 6; i++) {
        const { lockedUntil } = await store.rateLimits.recordFailure(key, t0, policy);
        locks.push(lockedUntil ? lockedUntil.getTime() - t0.getTime() : null);
      }
      expect(locks).toEqual([null, null, 1000, 2000, 4000, 4000]);
      expect(await store.rateLimits.lockedUntil(key, new Date(+t0 + 3999))).toEqual(new Date(+t0 + 4000));
      expect(await store.rateLimits.lockedUntil(key, new Date(+t0 + 4000))).toBeNull();
      await store.rateLimits.clearFailures(key);
      expect((await store.rateLimits.recordFailure(key, t0, policy)).failures).toBe(1);
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

    describeCareTeamContract(open);
  });
}
