import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { argon2Hasher, type PasswordHasher } from '../app/accounts';
import { createKnead } from '../app/knead';
import { createMemoryStore } from '../store/memory-store';
import { buildEpisode } from '../test-support/factories';
import { base32ToBytes, rfc6238 } from '../test-support/rfc6238';
import { signUp } from '../test-support/server-fixture';
import { buildServer } from './build-server';

const PASSWORD = 'a long enough password';
type Headers = Record<string, string>;

describe('account security (accounts mode, ASVS L2)', () => {
  let app: FastifyInstance;
  let clock: Date;
  let log: string[];
  const hashes = { count: 0 };

  beforeEach(async () => {
    clock = new Date('2026-11-24T10:00:00Z');
    log = [];
    hashes.count = 0;
    const hasher: PasswordHasher = {
      hash: (password) => {
        hashes.count += 1;
        return argon2Hasher.hash(password);
      },
      verify: argon2Hasher.verify,
    };
    const knead = await createKnead({ store: createMemoryStore(), mode: 'server', now: () => clock, hasher });
    app = await buildServer({ knead, logLevel: 'info', logStream: { write: (line) => void log.push(line) } });
    await app.ready();
  });
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  const call = (method: string, url: string, headers: Headers = {}, payload?: object) =>
    app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const signIn = (email: string, password = PASSWORD, extra: object = {}, ua = 'test-agent') =>
    call('POST', '/auth/signin', { 'user-agent': ua }, { email, password, ...extra });
  const headersOf = (response: Awaited<ReturnType<typeof call>>): Headers => {
    const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
    return {
      cookie: `knead_session=${cookies.knead_session}; knead_csrf=${cookies.knead_csrf}`,
      'x-csrf-token': cookies.knead_csrf as string,
    };
  };

  it('refuses common and breached passwords at sign-up and at password change, naming the field', async () => {
    const weak = await call('POST', '/auth/signup', {}, { email: 'a@example.org', password: 'password123456' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'weak-password', errors: [{ path: 'password' }] });
    const user = await signUp(app);
    const change = await call('POST', '/auth/password', user.headers, {
      currentPassword: PASSWORD,
      newPassword: 'qwertyuiop123',
    });
    expect(change.json()).toMatchObject({ status: 400, code: 'weak-password', errors: [{ path: 'newPassword' }] });
  });

  it('answers sign-up for a taken email exactly as for a new one, runs the hash either way, and signs in neither', async () => {
    const email = `taken-${crypto.randomUUID()}@example.org`;
    await signUp(app, email);
    const timed = async (address: string) => {
      const before = hashes.count;
      const started = performance.now();
      const response = await call('POST', '/auth/signup', {}, { email: address, password: 'another long passphrase' });
      return { response, ms: performance.now() - started, hashed: hashes.count - before };
    };
    const taken = await timed(email);
    const fresh = await timed(`fresh-${crypto.randomUUID()}@example.org`);
    for (const { response, hashed } of [taken, fresh]) {
      expect(response.statusCode).toBe(202);
      expect(response.cookies).toEqual([]);
      expect(hashed).toBe(1);
    }
    expect(taken.response.body).toBe(fresh.response.body);
    expect(Object.keys(taken.response.headers).sort()).toEqual(Object.keys(fresh.response.headers).sort());
    // Both run one argon2 hash, so neither is much faster (a loose bound: the machine is shared).
    expect(Math.max(taken.ms, fresh.ms) / Math.min(taken.ms, fresh.ms)).toBeLessThan(4);
    // The taken account keeps its own password.
    expect((await signIn(email, 'another long passphrase')).statusCode).toBe(401);
  });

  it('changes the password only with the current one, and signs out the other sessions', async () => {
    const email = `pw-${crypto.randomUUID()}@example.org`;
    const phone = await signUp(app, email);
    const laptop = headersOf(await signIn(email));
    const wrong = await call('POST', '/auth/password', laptop, {
      currentPassword: 'not it at all',
      newPassword: 'a new long passphrase',
    });
    expect(wrong.json()).toMatchObject({ status: 403, code: 'wrong-password', errors: [{ path: 'currentPassword' }] });
    const changed = await call('POST', '/auth/password', laptop, {
      currentPassword: PASSWORD,
      newPassword: 'a new long passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/episodes', phone.headers)).statusCode).toBe(401);
    expect((await call('GET', '/episodes', laptop)).statusCode).toBe(200);
    expect((await signIn(email)).statusCode).toBe(401);
    expect((await signIn(email, 'a new long passphrase')).statusCode).toBe(200);
  });

  it('lists my sessions without addresses, and signs out one or all others', async () => {
    const email = `s-${crypto.randomUUID()}@example.org`;
    await signUp(app, email);
    const mine = headersOf(await signIn(email, PASSWORD, {}, 'Firefox on a laptop'));
    await signIn(email, PASSWORD, {}, 'Safari on a phone');
    const listed = await call('GET', '/auth/sessions', mine);
    const sessions = listed.json() as { id: string; userAgent: string; current: boolean; lastUsedAt: string }[];
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Firefox on a laptop']);
    expect(listed.body).not.toContain('127.0.0.1');
    const phone = sessions.find((s) => s.userAgent === 'Safari on a phone');
    expect((await call('DELETE', `/auth/sessions/${phone?.id}`, mine)).statusCode).toBe(204);
    expect((await call('GET', '/auth/sessions', mine)).json()).toHaveLength(2);
    expect((await call('DELETE', '/auth/sessions', mine)).json()).toEqual({ ended: 1 });
    expect((await call('GET', '/auth/sessions', mine)).json()).toMatchObject([{ current: true }]);
  });

  it('ends a session after 30 idle minutes, and slides while it is used', async () => {
    const user = await signUp(app);
    for (let i = 0; i < 4; i++) {
      advance(25 * 60_000);
      expect((await call('GET', '/episodes', user.headers)).statusCode, `use ${i}`).toBe(200);
    }
    advance(31 * 60_000);
    expect((await call('GET', '/episodes', user.headers)).statusCode).toBe(401);
  });

  it('gives tokens scopes and an expiry: read-only cannot write, expired is refused, tokens cannot manage the account', async () => {
    const email = `tok-${crypto.randomUUID()}@example.org`;
    const user = await signUp(app, email);
    const made = await call('POST', '/tokens', user.headers, { name: 'dashboard', scopes: ['read'], expiresInDays: 7 });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ scopes: ['read'], expiresAt: '2026-12-01T10:00:00.000Z' });
    const readOnly = { authorization: `Bearer ${made.json().token}` };
    expect((await call('GET', '/episodes', readOnly)).statusCode).toBe(200);
    const write = await call('POST', '/episodes', readOnly, buildEpisode());
    expect(write.json()).toMatchObject({ status: 403, code: 'insufficient-scope' });
    expect((await call('DELETE', '/me/data', readOnly)).statusCode).toBe(403);
    const writer = await call('POST', '/tokens', user.headers, { name: 'watch' });
    expect(writer.json()).toMatchObject({ scopes: ['read', 'journal:write'], expiresAt: '2027-02-22T10:00:00.000Z' });
    const bearer = { authorization: `Bearer ${writer.json().token}` };
    expect((await call('POST', '/episodes', bearer, buildEpisode())).statusCode).toBe(201);
    for (const [method, url] of [
      ['POST', '/tokens'],
      ['GET', '/tokens'],
      ['GET', '/auth/sessions'],
      ['POST', '/auth/2fa/setup'],
    ]) {
      const response = await call(
        method as string,
        url as string,
        bearer,
        method === 'POST' ? { name: 'more' } : undefined,
      );
      expect(response.json(), `${method} ${url}`).toMatchObject({ status: 403, code: 'session-required' });
    }
    advance(7 * 86_400_000);
    expect((await call('GET', '/episodes', readOnly)).statusCode).toBe(401);
    expect((await call('GET', '/episodes', bearer)).statusCode).toBe(200);
    // A week later the browser session has long gone idle: sign in again to see the tokens.
    expect((await call('GET', '/tokens', user.headers)).statusCode).toBe(401);
    const listed = (await call('GET', '/tokens', headersOf(await signIn(email)))).json() as {
      name: string;
      scopes: string[];
    }[];
    expect(listed.map((t) => [t.name, t.scopes])).toEqual([
      ['dashboard', ['read']],
      ['watch', ['read', 'journal:write']],
    ]);
  });

  it('enrols TOTP, then asks for the code at sign-in; recovery codes work once; disabling needs password and code', async () => {
    const email = `totp-${crypto.randomUUID()}@example.org`;
    const user = await signUp(app, email);
    const setup = (await call('POST', '/auth/2fa/setup', user.headers)).json() as { secret: string; uri: string };
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Knead:.+\?.*secret=/);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    const key = base32ToBytes(setup.secret);
    const code = (offsetSeconds = 0) => rfc6238(key, clock.getTime() / 1000 + offsetSeconds);
    expect(
      (
        await call('POST', '/auth/2fa/confirm', user.headers, { code: '000000' === code() ? '111111' : '000000' })
      ).json(),
    ).toMatchObject({
      code: 'invalid-two-factor-code',
    });
    const confirmed = await call('POST', '/auth/2fa/confirm', user.headers, { code: code() });
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect((await call('GET', '/me', user.headers)).json()).toMatchObject({ user: { twoFactor: true } });

    expect((await signIn(email)).json()).toMatchObject({ status: 401, code: 'two-factor-required' });
    // The code used to confirm is spent; the next step's code works, once.
    advance(30_000);
    expect((await signIn(email, PASSWORD, { code: code() })).statusCode).toBe(200);
    expect((await signIn(email, PASSWORD, { code: code() })).json()).toMatchObject({ code: 'invalid-two-factor-code' });
    const recovery = recoveryCodes[0] as string;
    expect((await signIn(email, PASSWORD, { code: recovery.toUpperCase() })).statusCode).toBe(200);
    expect((await signIn(email, PASSWORD, { code: recovery })).statusCode).toBe(401);
    advance(30_000);
    const badDisable = await call('POST', '/auth/2fa/disable', user.headers, {
      password: 'not the password',
      code: code(),
    });
    expect(badDisable.statusCode).toBe(401);
    expect(
      (await call('POST', '/auth/2fa/disable', user.headers, { password: PASSWORD, code: code() })).statusCode,
    ).toBe(204);
    expect((await signIn(email)).statusCode).toBe(200);
  });

  it('logs authentication events with ids and hashes, never passwords, tokens, codes or health data', async () => {
    const email = `log-${crypto.randomUUID()}@example.org`;
    const user = await signUp(app, email);
    await signIn(email, 'the wrong password');
    const token = (await call('POST', '/tokens', user.headers, { name: 'watch' })).json().token as string;
    const episode = { ...buildEpisode(), notes: 'cramp in the left calf after the long run' };
    await call('POST', '/episodes', { authorization: `Bearer ${token}` }, episode);
    await call('POST', '/auth/password', user.headers, {
      currentPassword: PASSWORD,
      newPassword: 'a new long passphrase',
    });
    const events = log.map((line) => JSON.parse(line)).filter((l) => l.msg === 'auth event');
    expect(events.map((e) => e.event)).toEqual([
      'sign-up',
      'sign-in',
      'sign-in-failed',
      'token-created',
      'password-changed',
    ]);
    expect(events.find((e) => e.event === 'token-created')).toMatchObject({
      userId: user.userId,
      scopes: ['read', 'journal:write'],
    });
    const all = log.join('\n');
    for (const secret of [PASSWORD, 'the wrong password', 'a new long passphrase', token, email, 'left calf']) {
      expect(all).not.toContain(secret);
    }
  });
});
