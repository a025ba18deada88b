import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCheckIn, buildEpisode, buildSession } from '../test-support/factories';
import { buildTestServer, signUp } from '../test-support/server-fixture';

type Headers = Record<string, string>;
const RESOURCES = [
  { path: 'episodes', build: () => buildEpisode() },
  { path: 'checkins', build: () => buildCheckIn() },
  { path: 'sessions', build: () => buildSession() },
] as const;

describe('authorization matrix (accounts mode)', () => {
  let app: FastifyInstance;
  let alice: Awaited<ReturnType<typeof signUp>>;
  let bob: Awaited<ReturnType<typeof signUp>>;
  const owned: Record<string, { id: string }> = {};
  let aliceTokenId = '';

  beforeAll(async () => {
    app = await buildTestServer('server');
    alice = await signUp(app);
    bob = await signUp(app);
    for (const r of RESOURCES) {
      const record = r.build();
      const created = await app.inject({
        method: 'POST',
        url: `/api/v1/${r.path}`,
        headers: alice.headers,
        payload: record,
      });
      expect(created.statusCode).toBe(201);
      owned[r.path] = record;
    }
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: alice.headers,
      payload: { name: 'x' },
    });
    aliceTokenId = token.json().id;
  });

  const call = (method: string, url: string, headers: Headers, payload?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('never lets user B read, change or delete user A’s records (404, never the data)', async () => {
    const before: Record<string, unknown> = {};
    for (const r of RESOURCES) {
      const record = owned[r.path] as { id: string };
      before[r.path] = (await call('GET', `/api/v1/${r.path}/${record.id}`, alice.headers)).json();
    }
    for (const r of RESOURCES) {
      const record = owned[r.path] as { id: string };
      const url = `/api/v1/${r.path}/${record.id}`;
      for (const [method, payload] of [['GET'], ['PUT', record], ['DELETE']] as const) {
        const response = await call(method, url, bob.headers, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.body).not.toContain(record.id);
      }
      // Ids are unique per user (decision 0017): the same id posted by Bob is a record of his own.
      const copy = await call('POST', `/api/v1/${r.path}`, bob.headers, record);
      expect(copy.statusCode).toBe(201);
      expect((await call('GET', `/api/v1/${r.path}`, bob.headers)).json().items).toHaveLength(1);
      expect((await call('DELETE', url, bob.headers)).statusCode).toBe(204);
      const list = await call('GET', `/api/v1/${r.path}`, bob.headers);
      expect(list.json()).toEqual({ items: [], nextCursor: null });
    }
    const exported = await call('GET', '/api/v1/export', bob.headers);
    expect(exported.json()).toMatchObject({ episodes: [], checkins: [], sessions: [] });
    expect((await call('GET', '/api/v1/insights', bob.headers)).json()).toMatchObject({ totals: { episodes: 0 } });
    expect((await call('DELETE', `/api/v1/tokens/${aliceTokenId}`, bob.headers)).statusCode).toBe(404);
    // Alice's backup imported by Bob becomes Bob's copy; his deleting it leaves Alice's journal as it was.
    const backup = (await call('GET', '/api/v1/export', alice.headers)).json();
    expect((await call('POST', '/api/v1/import', bob.headers, backup)).statusCode).toBe(200);
    await call('DELETE', '/api/v1/me/data', bob.headers);
    for (const r of RESOURCES) {
      const record = owned[r.path] as { id: string };
      const after = await call('GET', `/api/v1/${r.path}/${record.id}`, alice.headers);
      expect(after.json()).toEqual(before[r.path]);
    }
  });

  it('answers 401 problem+json to every per-user endpoint without credentials', async () => {
    const id = crypto.randomUUID();
    const endpoints: [string, string][] = [
      ['GET', '/api/v1/insights'],
      ['GET', '/api/v1/export'],
      ['POST', '/api/v1/import'],
      ['DELETE', '/api/v1/me/data'],
      ['DELETE', '/api/v1/me'],
      ['GET', '/api/v1/tokens'],
      ['POST', '/api/v1/tokens'],
      ['DELETE', `/api/v1/tokens/${id}`],
      ['POST', '/api/v1/auth/password'],
      ['GET', '/api/v1/auth/sessions'],
      ['DELETE', '/api/v1/auth/sessions'],
      ['DELETE', `/api/v1/auth/sessions/${id}`],
      ['POST', '/api/v1/auth/2fa/setup'],
      ['POST', '/api/v1/auth/2fa/confirm'],
      ['POST', '/api/v1/auth/2fa/disable'],
      ...RESOURCES.flatMap((r): [string, string][] => [
        ['GET', `/api/v1/${r.path}`],
        ['POST', `/api/v1/${r.path}`],
        ['GET', `/api/v1/${r.path}/${id}`],
        ['PUT', `/api/v1/${r.path}/${id}`],
        ['DELETE', `/api/v1/${r.path}/${id}`],
      ]),
    ];
    for (const [method, url] of endpoints) {
      const response = await call(
        method,
        url,
        { authorization: 'Bearer knead_not-a-real-token' },
        method === 'GET' || method === 'DELETE' ? undefined : {},
      );
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect((await call(method, url, {})).statusCode, `${method} ${url} (no credentials)`).toBe(401);
    }
  });

  it('never lets user B list or end user A’s sessions and tokens, or touch A’s password and two-factor', async () => {
    const aliceSessions = (await call('GET', '/api/v1/auth/sessions', alice.headers)).json() as { id: string }[];
    const bobSessions = await call('GET', '/api/v1/auth/sessions', bob.headers);
    expect(bobSessions.json()).toHaveLength(1);
    for (const session of aliceSessions) {
      expect(bobSessions.body).not.toContain(session.id);
      expect((await call('DELETE', `/api/v1/auth/sessions/${session.id}`, bob.headers)).statusCode).toBe(404);
    }
    const bobTokens = await call('GET', '/api/v1/tokens', bob.headers);
    expect(bobTokens.body).not.toContain(aliceTokenId);
    // Bob signing out "all other sessions" and changing his password ends none of Alice's.
    expect((await call('DELETE', '/api/v1/auth/sessions', bob.headers)).json()).toEqual({ ended: 0 });
    const changed = await call('POST', '/api/v1/auth/password', bob.headers, {
      currentPassword: 'a long enough password',
      newPassword: 'bob has a new passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('POST', '/api/v1/auth/2fa/setup', bob.headers)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', alice.headers)).json()).toMatchObject({ user: { twoFactor: false } });
    expect((await call('GET', '/api/v1/auth/sessions', alice.headers)).json()).toHaveLength(aliceSessions.length);
    expect((await call('GET', '/api/v1/tokens', alice.headers)).json()).toMatchObject([{ id: aliceTokenId }]);
  });

  it('refuses a cookie-authenticated write without the CSRF header, but not a bearer-token write', async () => {
    const episode = buildEpisode();
    const forged = await call('POST', '/api/v1/episodes', alice.cookieOnly, episode);
    expect([forged.statusCode, forged.json().code]).toEqual([403, 'csrf-failed']);
    const wrong = await call('DELETE', '/api/v1/me/data', { ...alice.cookieOnly, 'x-csrf-token': 'guess' });
    expect(wrong.statusCode).toBe(403);
    const token = await call('POST', '/api/v1/tokens', alice.headers, { name: 'watch' });
    const bearer = { authorization: `Bearer ${token.json().token}` };
    expect((await call('POST', '/api/v1/episodes', bearer, episode)).statusCode).toBe(201);
    expect((await call('GET', '/api/v1/me', bearer)).json()).toMatchObject({
      mode: 'server',
      user: { id: alice.userId },
    });
  });

  it('rate-limits sign-in and deletes an account with all its data', async () => {
    const email = `carol-${crypto.randomUUID()}@example.org`;
    const carol = await signUp(app, email);
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = (await call('POST', '/api/v1/auth/signin', {}, { email, password: 'wrong password here' })).statusCode;
    }
    expect(last).toBe(429);
    expect((await call('DELETE', '/api/v1/me', carol.headers)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/episodes', carol.headers)).statusCode).toBe(401);
  });
});
