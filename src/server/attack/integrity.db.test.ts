import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Assessment } from '../../core/assessment';
import type { Store } from '../../core/repositories';
import { createMemoryStore } from '../../store/memory-store';
import { openStore } from '../../store/open-store';
import { buildEpisode, buildSession } from '../../test-support/factories';
import { buildTestServer, signUp } from '../../test-support/server-fixture';
import { createTestDatabase } from '../../test-support/test-database';

// Attack: the journal's integrity holes of issue 10, tried as a signed-in user (and a second account) against the
// real server on each store: a foreign or missing episodeId, a session that ends before it starts, a plan kept under
// an avoid verdict or a non-gentle step under a gentle one, and a re-posted id with other content.
const postgresUrl = inject('postgresUrl');
const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

const STORES: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore()],
  ['PGlite', () => openStore({ dataDir: 'memory://' })],
];
if (postgresUrl)
  STORES.push(['PostgreSQL', async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) })]);

type Headers = Record<string, string>;
const paths = (body: string) => (JSON.parse(body) as { errors?: { path: string }[] }).errors?.map((e) => e.path);

describe.each(STORES)('attack: journal integrity on %s', (_name, open) => {
  const setup = async () => {
    const app = await buildTestServer('server', await open());
    apps.push(app);
    const [alice, bob] = [await signUp(app), await signUp(app)];
    const send = (
      who: { headers: Headers },
      method: 'POST' | 'PUT' | 'GET' | 'DELETE',
      url: string,
      payload?: object,
    ) => app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });
    return { app, alice, bob, send };
  };

  it("refuses a session naming another user's episode, or none, as 400 naming episodeId", async () => {
    const { alice, bob, send } = await setup();
    const hers = buildEpisode();
    expect((await send(alice, 'POST', '/episodes', hers)).statusCode).toBe(201);
    for (const episodeId of [hers.id, crypto.randomUUID()]) {
      const attempt = await send(bob, 'POST', '/sessions', buildSession({ episodeId }));
      expect(attempt.statusCode).toBe(400);
      expect(attempt.json()).toMatchObject({ code: 'validation-failed', errors: [{ path: 'episodeId' }] });
    }
    const mine = buildEpisode();
    await send(bob, 'POST', '/episodes', mine);
    const session = buildSession({ episodeId: mine.id });
    expect((await send(bob, 'POST', '/sessions', session)).statusCode).toBe(201);
    const moved = await send(bob, 'PUT', `/sessions/${session.id}`, { ...session, episodeId: hers.id });
    expect([moved.statusCode, paths(moved.body)]).toEqual([400, ['episodeId']]);
    // Nor through a backup: nothing of the file lands.
    const file = {
      format: 'knead-backup',
      version: 1,
      exportedAt: '2026-12-01T00:00:00Z',
      episodes: [buildEpisode()],
      checkins: [],
      sessions: [buildSession(), buildSession({ episodeId: hers.id })],
    };
    const imported = await send(bob, 'POST', '/import', file);
    expect([imported.statusCode, paths(imported.body)]).toEqual([400, ['sessions.1.episodeId']]);
    expect((await send(bob, 'GET', `/episodes/${file.episodes[0]?.id}`)).statusCode).toBe(404);
    // Deleting an episode unlinks its sessions, so the journal's own export always imports again.
    expect((await send(bob, 'DELETE', `/episodes/${mine.id}`)).statusCode).toBe(204);
    expect((await send(bob, 'GET', `/sessions/${session.id}`)).json()).not.toHaveProperty('episodeId');
    const exported = await send(bob, 'GET', '/export');
    expect((await send(bob, 'POST', '/import', exported.json())).statusCode).toBe(200);
  });

  it('refuses a session that ends before it starts, as 400 naming endedAt', async () => {
    const { alice, send } = await setup();
    const session = buildSession({ startedAt: '2026-03-10T02:30:00+01:00', endedAt: '2026-03-10T01:29:00Z' });
    const response = await send(alice, 'POST', '/sessions', session);
    expect([response.statusCode, paths(response.body)]).toEqual([400, ['endedAt']]);
    const sameInstant = buildSession({ startedAt: '2026-03-10T02:30:00+01:00', endedAt: '2026-03-10T01:30:00Z' });
    expect((await send(alice, 'POST', '/sessions', sameInstant)).statusCode).toBe(201);
  });

  it('refuses a plan kept under an avoid verdict and a non-gentle step under a gentle one, naming the field', async () => {
    const { alice, send } = await setup();
    const full = assessSituation({ region: 'calf' });
    const gentle = assessSituation({ region: 'calf', intensity: 9 });
    expect([full.massage, gentle.massage]).toEqual(['full', 'gentle']);
    const episodeWith = (assessment: Assessment) => send(alice, 'POST', '/episodes', buildEpisode({ assessment }));
    const avoid = await episodeWith({ ...full, massage: 'avoid' });
    expect([avoid.statusCode, paths(avoid.body)]).toEqual([400, ['assessment.plan']]);
    const fullPlanUnderGentle = await episodeWith({ ...gentle, plan: full.plan });
    expect([fullPlanUnderGentle.statusCode, paths(fullPlanUnderGentle.body)]).toEqual([
      400,
      ['assessment.plan.massage'],
    ]);
    const plan = gentle.plan as NonNullable<Assessment['plan']>;
    const rough = {
      ...plan,
      steps: [
        { ...(plan.steps[0] as (typeof plan.steps)[0]), technique: 'friction' as const, pressure: 'firm' as const },
      ],
    };
    const friction = await episodeWith({ ...gentle, plan: rough });
    expect([friction.statusCode, paths(friction.body)]).toEqual([
      400,
      ['assessment.plan.steps[0].technique', 'assessment.plan.steps[0].pressure'],
    ]);
    const session = await send(alice, 'POST', '/sessions', buildSession({ massage: 'avoid' }));
    expect([session.statusCode, paths(session.body)]).toEqual([400, ['plan']]);
    expect((await episodeWith(gentle)).statusCode).toBe(201);
  });

  it('answers 409 record-differs to a re-posted id with other content, keeping the stored record', async () => {
    const { alice, send } = await setup();
    const episode = buildEpisode({ notes: 'the first words' });
    expect((await send(alice, 'POST', '/episodes', episode)).statusCode).toBe(201);
    const retry = await send(alice, 'POST', '/episodes', episode);
    expect([retry.statusCode, retry.json().notes]).toEqual([200, 'the first words']);
    const other = await send(alice, 'POST', '/episodes', { ...episode, notes: 'other words' });
    expect(other.statusCode).toBe(409);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ code: 'record-differs', errors: [{ path: 'id' }] });
    expect(other.json().detail).toContain('the stored episode was kept');
    expect((await send(alice, 'GET', `/episodes/${episode.id}`)).json().notes).toBe('the first words');
  });

  it('keeps a genuine leading apostrophe through CSV export → import, and a formula stays neutralised', async () => {
    const { app, alice, send } = await setup();
    const notes = ["'tis the third night in a row", '=HYPERLINK("http://example.org")', "''"];
    for (const note of notes) await send(alice, 'POST', '/episodes', buildEpisode({ notes: note }));
    const csv = (await send(alice, 'GET', '/export?format=csv')).body;
    expect(csv).toContain(`'=HYPERLINK`);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/import/csv',
      // Back into the same journal: the import replaces each episode (same id) with what the CSV carries.
      headers: { ...alice.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    const page = (await send(alice, 'GET', '/episodes?limit=10')).json() as { items: { notes?: string }[] };
    expect(page.items.map((e) => e.notes).sort()).toEqual([...notes].sort());
  });
});
