import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../test-support/factories';
import { buildTestServer } from '../test-support/server-fixture';

describe('HTTP API (local mode)', () => {
  it('assesses a situation and serves the knowledge base and search', async () => {
    const app = await buildTestServer();
    const assessed = await app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { region: 'calf' } });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json()).toMatchObject({ care: 'self_care', massage: 'full' });
    const knowledge = await app.inject({ method: 'GET', url: '/api/v1/knowledge' });
    expect(knowledge.json()).toHaveProperty('causes');
    const search = await app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/search?q=how%20long%20should%20a%20cramp%20last&limit=3',
    });
    expect(search.statusCode).toBe(200);
    expect((search.json() as unknown[]).length).toBeGreaterThan(0);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(me.json()).toMatchObject({ mode: 'local', user: { id: expect.any(String) } });
  });

  it('names the failing fields in problem+json for bad input', async () => {
    const app = await buildTestServer();
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      payload: { region: 'calf', history: { frequency: 'hourly' }, colour: 'red' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const problem = bad.json() as { code: string; errors: { path: string; message: string }[] };
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['colour', 'history.frequency']);
    expect(problem.errors.find((e) => e.path === 'history.frequency')?.message).toContain('first');

    const json = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { 'content-type': 'application/json' },
      payload: '{"region": ',
    });
    expect([json.statusCode, json.json().code]).toEqual([400, 'invalid-json']);
    const huge = await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ notes: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect([huge.statusCode, huge.json().code]).toEqual([413, 'body-too-large']);
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect([missing.statusCode, missing.headers['content-type']]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
    const badId = await app.inject({ method: 'GET', url: '/api/v1/episodes/not-a-uuid' });
    expect(badId.json()).toMatchObject({ status: 400, errors: [{ path: 'id' }] });
  });

  it('runs the episode lifecycle with idempotent create, paging and delete', async () => {
    const app = await buildTestServer();
    const episode = buildEpisode();
    const created = await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: episode });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...episode, createdAt: expect.any(String) });
    const retried = await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: episode });
    expect(retried.statusCode).toBe(200);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/episodes/${episode.id}`,
      payload: { ...episode, intensity: 1 },
    });
    expect(put.json()).toMatchObject({ intensity: 1 });
    const page = await app.inject({ method: 'GET', url: '/api/v1/episodes?limit=10&from=2026-01-01' });
    expect(page.json()).toMatchObject({ items: [{ id: episode.id }], nextCursor: null });
    const insights = await app.inject({ method: 'GET', url: '/api/v1/insights' });
    expect(insights.json()).toMatchObject({ totals: { episodes: 1 } });
    const exported = await app.inject({ method: 'GET', url: '/api/v1/export' });
    expect(exported.headers['content-disposition']).toContain('attachment');
    const imported = await app.inject({ method: 'POST', url: '/api/v1/import', payload: exported.json() });
    expect(imported.json()).toEqual({ imported: { episodes: 1, checkins: 0, sessions: 0, existing: 1 } });
    const removed = await app.inject({ method: 'DELETE', url: `/api/v1/episodes/${episode.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/v1/episodes/${episode.id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/data' })).statusCode).toBe(204);
  });

  it('sends strict security headers, OpenAPI 3.1 and health endpoints', async () => {
    const app = await buildTestServer();
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect(health.headers['content-security-policy']).toContain("script-src 'self'");
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-frame-options']).toBe('DENY');
    const spec = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const doc = spec.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/assessments', '/api/v1/episodes/{id}']));
    const docs = await app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('refuses requests addressed to another host name in local mode (DNS rebinding)', async () => {
    const app = await buildTestServer();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/episodes',
      headers: { host: 'evil.example:5317' },
    });
    expect([response.statusCode, response.json().code]).toEqual([403, 'forbidden-host']);
  });
});
