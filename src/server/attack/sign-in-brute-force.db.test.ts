import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2Hasher, type PasswordHasher } from '../../app/accounts';
import { createKnead } from '../../app/knead';
import type { Store } from '../../core/repositories';
import { ATTACK_TARGETS, removeTempDirs } from '../../test-support/attack-targets';
import { buildServer } from '../build-server';

const PASSWORD = 'a long enough password';
afterAll(removeTempDirs);

describe.each(ATTACK_TARGETS)('sign-in brute force on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let clock = new Date('2026-11-24T10:00:00Z');
  const verified = { count: 0 };
  const log: string[] = [];
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    if (backend.skip) return;
    store = await backend.open();
    // Counts the argon2 verifications, to prove a locked account costs no hash.
    const hasher: PasswordHasher = {
      hash: argon2Hasher.hash,
      verify: (hash, password) => {
        verified.count += 1;
        return argon2Hasher.verify(hash, password);
      },
    };
    const knead = await createKnead({ store, mode: 'server', now: () => clock, hasher });
    // One reverse proxy in front (KNEAD_TRUST_PROXY=1): the client is the rightmost X-Forwarded-For entry.
    app = await buildServer({
      knead,
      logLevel: 'info',
      trustProxy: 1,
      logStream: { write: (line) => void log.push(line) },
    });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const signIn = (email: string, password: string, forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email, password },
    });
  const newEmail = () => `victim-${crypto.randomUUID()}@example.org`;
  let ipSeq = 0;
  /** A fresh IPv4 client address for every call: the attacker rotates source addresses. */
  const freshIp = () => {
    ipSeq += 1;
    return `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq & 255}`;
  };

  /** `tries` wrong passwords, each naming a new account, from the addresses `forwardedFor` gives. */
  const wrongTries = async (tries: number, forwardedFor: (i: number) => string) => {
    const statuses: number[] = [];
    for (let i = 0; i < tries; i++) {
      statuses.push((await signIn(newEmail(), 'wrong password here', forwardedFor(i))).statusCode);
    }
    return statuses;
  };

  it.skipIf(backend.skip)(
    'rotating the leftmost X-Forwarded-For does not escape the per-address limit',
    async () => {
      // Each try names a new account, so only the per-address limit can stop this.
      const statuses = await wrongTries(12, () => `${freshIp()}, 198.51.100.7`);
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
      // Another client behind the same proxy still gets in line: the key is the right client address.
      expect((await signIn(newEmail(), 'wrong password here', '198.51.100.8')).statusCode).toBe(401);
      advance(61_000);
    },
    60_000,
  );

  it.skipIf(backend.skip)(
    'counts IPv6 clients by /64: rotating addresses inside one network shares a limit',
    async () => {
      const statuses = await wrongTries(11, (i) => `2001:db8:7:7::${(i + 1).toString(16)}`);
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
      expect((await signIn(newEmail(), 'wrong password here', '2001:db8:7:8::1')).statusCode).toBe(401);
      advance(61_000);
    },
    60_000,
  );

  it.skipIf(backend.skip)(
    '50 wrong passwords from 50 addresses, then the right one: refused while locked, with no hash, then let in',
    async () => {
      const email = newEmail();
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password: PASSWORD } }))
          .statusCode,
      ).toBe(202);
      verified.count = 0;
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++)
        statuses.push((await signIn(email, `wrong guess number ${i}`, freshIp())).statusCode);
      expect(statuses).toEqual([...Array(5).fill(401), ...Array(45).fill(429)]);
      // Only the five counted tries ran argon2; the 45 refused ones cost nothing.
      expect(verified.count).toBe(5);

      const locked = await signIn(email, PASSWORD, freshIp());
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['content-type']).toContain('application/problem+json');
      expect(locked.headers['retry-after']).toBe('1');
      expect(locked.json()).toMatchObject({
        code: 'account-locked',
        detail: 'Too many wrong passwords for this account; try again in 1 second',
      });
      expect(verified.count).toBe(5);

      advance(1000);
      const allowed = await signIn(email, PASSWORD, freshIp());
      expect(allowed.statusCode).toBe(200);
      // Success resets the count: the next wrong password is an ordinary 401 again.
      expect((await signIn(email, 'one more wrong one', freshIp())).statusCode).toBe(401);
    },
    60_000,
  );

  it.skipIf(backend.skip)(
    'backs off exponentially, capped at 15 minutes, and says so in minutes',
    async () => {
      const email = newEmail();
      const waits: string[] = [];
      for (let i = 0; i < 5; i++) await signIn(email, 'wrong password here', freshIp());
      for (let i = 0; i < 12; i++) {
        const refused = await signIn(email, 'wrong password here', freshIp());
        waits.push(refused.headers['retry-after'] as string);
        advance(Number(refused.headers['retry-after']) * 1000);
        expect((await signIn(email, 'wrong password here', freshIp())).statusCode).toBe(401);
      }
      expect(waits).toEqual(['1', '2', '4', '8', '16', '32', '64', '128', '256', '512', '900', '900']);
      const capped = await signIn(email, PASSWORD, freshIp());
      expect(capped.json().detail).toBe('Too many wrong passwords for this account; try again in 15 minutes');
    },
    60_000,
  );

  it.skipIf(backend.skip)(
    'answers an unknown email exactly like a known one, lockout included',
    async () => {
      const known = newEmail();
      await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email: known, password: PASSWORD } });
      const unknown = newEmail();
      const answers = async (email: string) => {
        const seen: string[] = [];
        for (let i = 0; i < 7; i++) {
          const response = await signIn(email, 'wrong password here', freshIp());
          const body = response.json();
          seen.push(`${response.statusCode} ${body.code} ${body.detail} ${response.headers['retry-after'] ?? '-'}`);
        }
        return seen;
      };
      const forKnown = await answers(known);
      expect(await answers(unknown)).toEqual(forKnown);
      expect(forKnown[6]).toContain('429 account-locked');
    },
    60_000,
  );

  it.skipIf(backend.skip)('logs failures and lockouts with a hashed email, never the password or email', async () => {
    const lines = log.map((line) => JSON.parse(line) as Record<string, unknown>);
    const events = new Set(lines.map((l) => l.event).filter(Boolean));
    for (const event of ['sign-up', 'sign-in', 'sign-in-failed', 'lockout', 'sign-in-locked']) {
      expect(events, event).toContain(event);
    }
    const failed = lines.find((l) => l.event === 'sign-in-failed');
    expect(failed).toMatchObject({ emailHash: expect.stringMatching(/^[0-9a-f]{32}$/), reason: 'password' });
    const all = log.join('\n');
    expect(all).not.toContain('wrong password here');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain('@example.org');
  });
});
