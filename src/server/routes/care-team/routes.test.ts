import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessSituation } from '../../../core/assess/assess-situation';
import {
  type Account,
  assignPlan,
  CALF_PLAN,
  createInviteCode,
  linkClient,
} from '../../../test-support/care-team-fixture';
import { buildEpisode, buildSession } from '../../../test-support/factories';
import { buildTestServer, signUp } from '../../../test-support/server-fixture';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('care-team workspace over the API (memory store)', () => {
  let app: FastifyInstance;
  let clinician: Account;
  let client: Account;

  beforeAll(async () => {
    app = await buildTestServer('server');
    clinician = await signUp(app);
    client = await signUp(app);
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: Account, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });

  it('refuses invites and the dashboard to an account that is not a clinician (403 problem+json)', async () => {
    const other = await signUp(app);
    const invite = await call('POST', '/care-team/invites', other, {});
    expect(invite.statusCode).toBe(403);
    expect(invite.headers['content-type']).toContain('application/problem+json');
    expect(invite.json()).toMatchObject({ code: 'not-a-clinician' });
    expect((await call('GET', '/care-team/dashboard', other)).json()).toMatchObject({ code: 'not-a-clinician' });
  });

  it('an invite code links once; a second use, a typo and one’s own code are refused with a clear code', async () => {
    const code = await createInviteCode(app, clinician);
    expect((await call('POST', '/care-team/links', clinician, { code })).json()).toMatchObject({
      code: 'own-invite',
      errors: [{ path: 'code' }],
    });
    const linked = await call('POST', '/care-team/links', client, { code: code.toLowerCase() });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ clinicianId: clinician.userId, clientId: client.userId, revokedAt: null });
    const third = await signUp(app);
    expect((await call('POST', '/care-team/links', third, { code })).json()).toMatchObject({
      code: 'invite-not-found',
      status: 404,
    });
    expect((await call('POST', '/care-team/links', third, { code: 'AAAAA-BBBBB' })).statusCode).toBe(404);
    const again = await createInviteCode(app, clinician);
    expect((await call('POST', '/care-team/links', client, { code: again })).json()).toMatchObject({
      code: 'already-linked',
      status: 409,
    });
    const links = await call('GET', '/care-team/links', client);
    expect(links.json().asClient).toHaveLength(1);
    expect(links.json().asClient[0].otherEmail).toMatch(/@example\.org$/);
    expect((await call('GET', '/care-team/links', clinician)).json().asClinician[0].clientId).toBe(client.userId);
  });

  it('a plan outside the article’s bounds is a 400 naming the step field', async () => {
    const bad = await call('POST', `/care-team/clients/${client.userId}/plans`, clinician, {
      ...CALF_PLAN,
      steps: [{ technique: 'stretch', pressure: 'light', holdSeconds: 90 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ path: 'steps[0].holdSeconds', message: 'must be 15–30 seconds for stretch' }],
    });
  });

  it('the client sees "Your therapist’s plan": needs-check, then gated by the check (full, reduced, blocked)', async () => {
    const planId = await assignPlan(app, clinician, client.userId);
    const listed = (await call('GET', '/me/therapist-plans', client)).json();
    expect(listed).toMatchObject([{ id: planId, title: 'Your therapist’s plan', gate: { status: 'needs-check' } }]);
    const check = (situation: object) => call('POST', `/me/therapist-plans/${planId}/check`, client, { situation });
    const full = (await check({ region: 'calf' })).json();
    expect(full.gate).toMatchObject({ status: 'full', rules: [{ id: 'no-warning-signs' }] });
    expect(full.gate.plan.steps.map((s: { technique: string }) => s.technique)).toEqual([
      'stretch',
      'effleurage',
      'friction',
      'heat',
    ]);
    const reduced = (await check({ region: 'calf', signs: ['bruising'] })).json();
    expect(reduced.gate).toMatchObject({ status: 'reduced', dropped: ['friction'] });
    expect(reduced.gate.reason).toMatch(/gentle/);
    const blocked = (await check({ region: 'calf', signs: ['chest-pain'] })).json();
    expect(blocked.gate).toMatchObject({ status: 'blocked', plan: null, rules: [{ id: 'emergency-signs' }] });
    expect((await check({ region: 'calf', signs: ['sore'] })).json()).toMatchObject({
      code: 'validation-failed',
      errors: [{ path: 'situation.signs[0]' }],
    });
    const wrongRegion = await check({ region: 'neck' });
    expect(wrongRegion.json()).toMatchObject({ errors: [{ path: 'situation.region' }] });
    // A logged episode with a recent assessment gates the listed plan too.
    const episode = buildEpisode({
      startedAt: daysAgo(0),
      region: 'calf',
      signs: ['bruising'],
      assessment: assessSituation({ region: 'calf', signs: ['bruising'] }),
    });
    expect((await call('POST', '/episodes', client, episode)).statusCode).toBe(201);
    expect((await call('GET', '/me/therapist-plans', client)).json()[0].gate.status).toBe('reduced');
  });

  it('the therapist plan in Spanish: title, gate reason and steps follow Accept-Language, care words the country', async () => {
    const therapist = await signUp(app);
    const other = await signUp(app);
    await linkClient(app, therapist, other);
    const planId = await assignPlan(app, therapist, other.userId);
    const es = { ...other.headers, 'accept-language': 'es-ES' };
    const listed = await app.inject({ method: 'GET', url: '/api/v1/me/therapist-plans', headers: es });
    expect(listed.headers['content-language']).toBe('es');
    expect(listed.json()[0]).toMatchObject({ title: 'El plan de tu terapeuta', gate: { status: 'needs-check' } });
    expect(listed.json()[0].gate.reason).toMatch(/^Responde primero/);
    const check = (situation: object, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/me/therapist-plans/${planId}/check${query}`,
        headers: es,
        payload: { situation },
      });
    const full = (await check({ region: 'calf' })).json();
    expect(full.gate.status).toBe('full');
    expect(full.gate.reason).toBe('Tu comprobación permite el plan tal como lo escribió tu terapeuta.');
    expect(full.gate.plan.steps[0].stopRule ?? full.gate.plan.stopRule.text).toMatch(/busca consejo médico/);
    const blocked = (await check({ region: 'calf', signs: ['chest-pain'] }, '?country=ES')).json();
    expect(blocked.gate.status).toBe('blocked');
    expect(blocked.assessment.reasons[0].text).toMatch(/Llama a una ambulancia/);
    expect((await check({ region: 'calf' }, '?country=XX')).statusCode).toBe(400);
    // Without Accept-Language: today's English.
    const english = await call('GET', '/me/therapist-plans', other);
    expect(english.json()[0].title).toBe('Your therapist’s plan');
  });

  it('sessions run from the plan count toward adherence on the dashboard, and each read is audited', async () => {
    const plans = (await call('GET', `/care-team/clients/${client.userId}/plans`, clinician)).json();
    const planId = plans[0].id as string;
    for (const n of [1, 2, 3]) {
      const session = buildSession({ startedAt: daysAgo(n), endedAt: daysAgo(n), assignedPlanId: planId });
      expect((await call('POST', '/sessions', client, session)).statusCode).toBe(201);
    }
    expect(
      (await call('POST', '/sessions', client, buildSession({ startedAt: daysAgo(1), endedAt: daysAgo(1) })))
        .statusCode,
    ).toBe(201);
    const dashboard = await call('GET', '/care-team/dashboard', clinician);
    expect(dashboard.statusCode).toBe(200);
    const [line] = dashboard.json().clients;
    expect(line).toMatchObject({ clientId: client.userId, adherence: { done: 3 } });
    expect(line.weeklyEpisodes).toHaveLength(4);
    expect(line.weeklyEpisodes.at(-1)).toBe(1);
    expect((await call('GET', `/care-team/clients/${client.userId}/insights`, clinician)).statusCode).toBe(200);
    expect((await call('GET', `/care-team/clients/${client.userId}/episodes`, clinician)).json().items).toHaveLength(1);
    const report = await call('GET', `/care-team/clients/${client.userId}/report.html`, clinician);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/html');
    const audit = (await call('GET', '/care-team/audit', client)).json() as { resource: string; clinicianId: string }[];
    expect(audit.map((a) => a.resource).sort()).toEqual(['dashboard', 'episodes', 'insights', 'report.html']);
    expect(new Set(audit.map((a) => a.clinicianId))).toEqual(new Set([clinician.userId]));
  });

  it('the dashboard puts the client who needs attention first (an open alert beats a calm client)', async () => {
    const calm = await signUp(app);
    const worried = await signUp(app);
    await linkClient(app, clinician, calm);
    await linkClient(app, clinician, worried);
    const worse = buildEpisode({ startedAt: daysAgo(2), actions: ['stretch'], response: 'worse' });
    expect((await call('POST', '/episodes', worried, worse)).statusCode).toBe(201);
    const { clients } = (await call('GET', '/care-team/dashboard', clinician)).json();
    expect(clients[0]).toMatchObject({ clientId: worried.userId, alerts: [{ id: 'worse-after-massage' }] });
    expect(clients.map((c: { clientId: string }) => c.clientId)).toContain(calm.userId);
  });

  it('answers any body to the body-taking endpoints with a 2xx or a 4xx problem+json, never a 500', async () => {
    const planId = (await call('GET', `/care-team/clients/${client.userId}/plans`, clinician)).json()[0].id as string;
    const targets: [string, Account][] = [
      [`/care-team/clients/${client.userId}/plans`, clinician],
      [`/me/therapist-plans/${planId}/check`, client],
      ['/care-team/invites', clinician],
      ['/care-team/links', client],
    ];
    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.record({ situation: fc.jsonValue() }),
      fc.record({
        region: fc.string(),
        steps: fc.array(fc.record({ technique: fc.string(), pressure: fc.jsonValue() })),
      }),
      fc
        .array(
          fc.record({
            technique: fc.constantFrom('stretch', 'friction', 'heat'),
            pressure: fc.constantFrom('none', 'light', 'firm'),
            holdSeconds: fc.integer({ min: -5, max: 100 }),
          }),
        )
        .map((steps) => ({ ...CALF_PLAN, steps })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), bodies, async ([url, who], body) => {
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1${url}`,
          headers: { ...who.headers, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(response.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 150 },
    );
  });

  it('lists every endpoint in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json().paths);
    for (const path of [
      '/api/v1/me/clinician',
      '/api/v1/care-team/invites',
      '/api/v1/care-team/links',
      '/api/v1/care-team/links/{id}',
      '/api/v1/care-team/dashboard',
      '/api/v1/care-team/audit',
      '/api/v1/care-team/clients/{clientId}/insights',
      '/api/v1/care-team/clients/{clientId}/episodes',
      '/api/v1/care-team/clients/{clientId}/report.pdf',
      '/api/v1/care-team/clients/{clientId}/plans',
      '/api/v1/care-team/clients/{clientId}/plans/{planId}',
      '/api/v1/me/therapist-plans',
      '/api/v1/me/therapist-plans/{id}/check',
    ]) {
      expect(paths, path).toContain(path);
    }
  });
});
