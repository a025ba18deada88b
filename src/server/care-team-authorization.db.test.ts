import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Store } from '../core/repositories';
import { openStore } from '../store/open-store';
import { type Account, assignPlan, CALF_PLAN, linkClient } from '../test-support/care-team-fixture';
import { buildEpisode } from '../test-support/factories';
import { buildTestServer, signUp } from '../test-support/server-fixture';
import { createTestDatabase } from '../test-support/test-database';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Endpoint {
  method: Method;
  url: string;
  payload?: object;
}

/** Every clinician endpoint that reaches one client's data. */
const clientEndpoints = (clientId: string, planId: string): Endpoint[] => [
  { method: 'GET', url: `/api/v1/care-team/clients/${clientId}/insights` },
  { method: 'GET', url: `/api/v1/care-team/clients/${clientId}/episodes` },
  { method: 'GET', url: `/api/v1/care-team/clients/${clientId}/report.html` },
  { method: 'GET', url: `/api/v1/care-team/clients/${clientId}/report.pdf` },
  { method: 'GET', url: `/api/v1/care-team/clients/${clientId}/plans` },
  { method: 'POST', url: `/api/v1/care-team/clients/${clientId}/plans`, payload: CALF_PLAN },
  { method: 'PUT', url: `/api/v1/care-team/clients/${clientId}/plans/${planId}`, payload: CALF_PLAN },
];

const postgresUrl = inject('postgresUrl');
const TARGETS: { name: string; open: () => Promise<Store>; skip: boolean }[] = [
  { name: 'PGlite', open: () => openStore({ dataDir: 'memory://' }), skip: false },
  {
    name: 'PostgreSQL',
    open: async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }),
    skip: !postgresUrl,
  },
];

describe.each(TARGETS)('care-team authorization matrix ($name, accounts mode)', ({ open, skip }) => {
  let app: FastifyInstance;
  let store: Store;
  let clinician: Account;
  let stranger: Account;
  let alice: Account;
  let bob: Account;
  let carol: Account;
  let alicePlan = '';
  let aliceLink = '';
  let secret = '';

  beforeAll(async () => {
    if (skip) return;
    store = await open();
    app = await buildTestServer('server', store);
    [clinician, stranger, alice, bob, carol] = (await Promise.all([1, 2, 3, 4, 5].map(() => signUp(app)))) as [
      Account,
      Account,
      Account,
      Account,
      Account,
    ];
    aliceLink = await linkClient(app, clinician, alice);
    const bobLink = await linkClient(app, clinician, bob);
    await linkClient(app, stranger, carol);
    secret = `private note ${crypto.randomUUID()}`;
    const episode = buildEpisode({ notes: secret });
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      headers: alice.headers,
      payload: episode,
    });
    expect(created.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      headers: bob.headers,
      payload: buildEpisode({ notes: secret }),
    });
    alicePlan = await assignPlan(app, clinician, alice.userId);
    await assignPlan(app, clinician, bob.userId);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/v1/care-team/links/${bobLink}`,
      headers: bob.headers,
    });
    expect(revoked.statusCode).toBe(204);
  });
  afterAll(async () => {
    if (!skip) await app.close();
  });

  const call = ({ method, url, payload }: Endpoint, headers: Record<string, string>) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const auditOf = async (who: Account) =>
    (await call({ method: 'GET', url: '/api/v1/care-team/audit' }, who.headers)).json() as { clinicianId: string }[];

  it.skipIf(skip)('the linked clinician reaches every shared resource (the control)', async () => {
    for (const endpoint of clientEndpoints(alice.userId, alicePlan)) {
      const response = await call(endpoint, clinician.headers);
      expect(response.statusCode, `${endpoint.method} ${endpoint.url}`).toBeLessThan(300);
    }
    const episodes = await call(
      { method: 'GET', url: `/api/v1/care-team/clients/${alice.userId}/episodes` },
      clinician.headers,
    );
    expect(episodes.body).toContain(secret);
  });

  it.skipIf(skip)(
    'an unlinked clinician, a revoked link and a client against a client all get 404, never data',
    async () => {
      const before = (await auditOf(alice)).length;
      const cases: [string, Account, string, string][] = [
        ['unlinked clinician → alice', stranger, alice.userId, alicePlan],
        ['revoked link: clinician → bob', clinician, bob.userId, alicePlan],
        ['client bob → client alice', bob, alice.userId, alicePlan],
        ['client alice → client carol', alice, carol.userId, alicePlan],
        ['clinician → a client that does not exist', clinician, crypto.randomUUID(), alicePlan],
      ];
      for (const [name, who, clientId, planId] of cases) {
        for (const endpoint of clientEndpoints(clientId, planId)) {
          const response = await call(endpoint, who.headers);
          expect(response.statusCode, `${name}: ${endpoint.method} ${endpoint.url}`).toBe(404);
          expect(response.json()).toMatchObject({ code: 'client-not-found' });
          expect(response.body).not.toContain(secret);
        }
      }
      // Refused reads leave no audit row, and nobody else's plan changed.
      expect(await auditOf(alice)).toHaveLength(before);
      const plans = await call(
        { method: 'GET', url: `/api/v1/care-team/clients/${alice.userId}/plans` },
        clinician.headers,
      );
      expect(plans.json()).toHaveLength(2);
    },
  );

  it.skipIf(skip)('dashboards show only live links; a revoke is seen at once', async () => {
    const dashboard = async (who: Account) =>
      (
        (await call({ method: 'GET', url: '/api/v1/care-team/dashboard' }, who.headers)).json().clients as {
          clientId: string;
        }[]
      ).map((c) => c.clientId);
    expect(await dashboard(clinician)).toEqual([alice.userId]);
    expect(await dashboard(stranger)).toEqual([carol.userId]);
    const dave = await signUp(app);
    const link = await linkClient(app, clinician, dave);
    expect((await dashboard(clinician)).sort()).toEqual([alice.userId, dave.userId].sort());
    await call({ method: 'DELETE', url: `/api/v1/care-team/links/${link}` }, dave.headers);
    expect(await dashboard(clinician)).toEqual([alice.userId]);
    const read = await call(
      { method: 'GET', url: `/api/v1/care-team/clients/${dave.userId}/insights` },
      clinician.headers,
    );
    expect(read.statusCode).toBe(404);
  });

  it.skipIf(skip)(
    'only the client revokes their link, and each sees only their own links, plans and audit',
    async () => {
      for (const who of [clinician, stranger, bob]) {
        const response = await call({ method: 'DELETE', url: `/api/v1/care-team/links/${aliceLink}` }, who.headers);
        expect(response.statusCode).toBe(404);
      }
      const links = (await call({ method: 'GET', url: '/api/v1/care-team/links' }, alice.headers)).json();
      expect(links.asClient[0]).toMatchObject({ id: aliceLink, revokedAt: null });
      const check = {
        method: 'POST' as const,
        url: `/api/v1/me/therapist-plans/${alicePlan}/check`,
        payload: { situation: { region: 'calf' } },
      };
      expect((await call(check, bob.headers)).statusCode).toBe(404);
      expect((await call(check, alice.headers)).statusCode).toBe(200);
      expect((await call({ method: 'GET', url: '/api/v1/me/therapist-plans' }, bob.headers)).json()).toEqual([]);
      expect(await auditOf(bob)).not.toEqual(await auditOf(alice));
      expect((await auditOf(alice)).every((e) => e.clinicianId === clinician.userId)).toBe(true);
      expect((await auditOf(carol)).map((e) => e.clinicianId)).toEqual([stranger.userId]);
    },
  );

  it.skipIf(skip)('answers 401 problem+json to every care-team endpoint without credentials', async () => {
    const id = crypto.randomUUID();
    const endpoints: Endpoint[] = [
      { method: 'POST', url: '/api/v1/me/clinician' },
      { method: 'POST', url: '/api/v1/care-team/invites', payload: {} },
      { method: 'POST', url: '/api/v1/care-team/links', payload: { code: 'x' } },
      { method: 'GET', url: '/api/v1/care-team/links' },
      { method: 'DELETE', url: `/api/v1/care-team/links/${id}` },
      { method: 'GET', url: '/api/v1/care-team/audit' },
      { method: 'GET', url: '/api/v1/care-team/dashboard' },
      { method: 'GET', url: '/api/v1/me/therapist-plans' },
      { method: 'POST', url: `/api/v1/me/therapist-plans/${id}/check`, payload: { situation: { region: 'calf' } } },
      ...clientEndpoints(alice.userId, alicePlan),
    ];
    for (const endpoint of endpoints) {
      for (const headers of [{}, { authorization: 'Bearer knead_not-a-real-token' }]) {
        const response = await call(endpoint, headers);
        expect(response.statusCode, `${endpoint.method} ${endpoint.url}`).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
  });
});
