import { describe, expect, it } from 'vitest';
import { FUTURE_START_MESSAGE } from '../../../core/journal';
import { buildEpisode } from '../../../test-support/factories';
import { buildTestServer } from '../../../test-support/server-fixture';

type Problem = { code: string; errors: { path: string; message: string }[] };
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('episode writes (API)', () => {
  it('refuses a start in the future on create and replace, naming startedAt', async () => {
    const app = await buildTestServer();
    const future = buildEpisode({ startedAt: '2031-03-01T08:00:00+01:00' });
    const created = await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: future });
    expect(created.statusCode).toBe(400);
    expect(created.headers['content-type']).toContain('application/problem+json');
    expect((created.json() as Problem).errors).toEqual([{ path: 'startedAt', message: FUTURE_START_MESSAGE }]);

    const stored = buildEpisode({ startedAt: inMinutes(-30) });
    expect((await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: stored })).statusCode).toBe(201);
    const replaced = await app.inject({
      method: 'PUT',
      url: `/api/v1/episodes/${stored.id}`,
      payload: { ...stored, startedAt: inMinutes(60) },
    });
    expect(replaced.statusCode).toBe(400);
    expect((replaced.json() as Problem).errors.map((e) => e.path)).toEqual(['startedAt']);
  });

  it('accepts a start a minute ahead (clock skew) and names a negative duration', async () => {
    const app = await buildTestServer();
    const skewed = await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      payload: buildEpisode({ startedAt: inMinutes(1) }),
    });
    expect(skewed.statusCode).toBe(201);
    const negative = await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      payload: buildEpisode({ durationMinutes: -4 }),
    });
    expect(negative.statusCode).toBe(400);
    expect((negative.json() as Problem).errors).toEqual([
      { path: 'durationMinutes', message: 'must be at least 0 (got -4)' },
    ]);
  });
});
