import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpisodeFixture } from '../../../core/interop/journal-fixtures';
import { buildTestServer, signUp } from '../../../test-support/server-fixture';

const ann = { displayName: 'Ann Example', dateOfBirth: '1958-04-12', identifier: 'NHS 943 476 5919' };

describe('GET/PUT /me/profile: details for the clinician report', () => {
  describe('local mode (the one implicit user)', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildTestServer('local');
    });

    it('starts empty, keeps what is put, and clears a field sent empty or left out', async () => {
      expect((await app.inject({ url: '/api/v1/me/profile' })).json()).toEqual({});
      const put = await app.inject({ method: 'PUT', url: '/api/v1/me/profile', payload: ann });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual(ann);
      expect((await app.inject({ url: '/api/v1/me/profile' })).json()).toEqual(ann);
      const cleared = await app.inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        payload: { displayName: '  Ann E.  ', dateOfBirth: '' },
      });
      expect(cleared.json()).toEqual({ displayName: 'Ann E.' });
    });

    it('names the field and what is allowed: a birth date in the future or not a date, too long a text, unknown keys', async () => {
      const problems = async (payload: Record<string, string>) => {
        const response = await app.inject({ method: 'PUT', url: '/api/v1/me/profile', payload });
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        return response.json().errors as { path: string; message: string }[];
      };
      expect(await problems({ dateOfBirth: '2999-01-01' })).toEqual([
        { path: 'dateOfBirth', message: 'must not be in the future' },
      ]);
      expect(await problems({ dateOfBirth: '1800-01-01' })).toEqual([
        { path: 'dateOfBirth', message: 'must be on or after 1900-01-01' },
      ]);
      expect((await problems({ dateOfBirth: '12/04/1958' }))[0]?.path).toBe('dateOfBirth');
      expect(await problems({ identifier: 'x'.repeat(41) })).toEqual([
        { path: 'identifier', message: expect.stringContaining('40') },
      ]);
      expect((await problems({ displayName: 'x'.repeat(101) }))[0]?.path).toBe('displayName');
      expect((await problems({ nickname: 'A' }))[0]?.path).toContain('nickname');
    });

    it('puts the details on the report, and leaves them out once cleared', async () => {
      const episode = buildEpisodeFixture({ startedAt: '2026-03-01T02:10:00Z' });
      await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: episode });
      await app.inject({ method: 'PUT', url: '/api/v1/me/profile', payload: ann });
      const range = '?from=2026-02-01&to=2026-03-31';
      const html = (await app.inject({ url: `/api/v1/report.html${range}` })).body;
      expect(html).toContain('Patient: Ann Example · born 1958-04-12 · ID NHS 943 476 5919');
      await app.inject({ method: 'PUT', url: '/api/v1/me/profile', payload: {} });
      expect((await app.inject({ url: `/api/v1/report.html${range}` })).body).not.toContain('Patient:');
    });
  });

  describe('accounts mode', () => {
    it('keeps one profile per user, behind sign-in, and deletes it with "delete all my data"', async () => {
      const app = await buildTestServer('server');
      const alice = await signUp(app);
      const bob = await signUp(app);
      expect((await app.inject({ url: '/api/v1/me/profile' })).statusCode).toBe(401);
      await app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: alice.headers, payload: ann });
      expect((await app.inject({ url: '/api/v1/me/profile', headers: bob.headers })).json()).toEqual({});
      expect((await app.inject({ url: '/api/v1/me/profile', headers: alice.headers })).json()).toEqual(ann);
      await app.inject({ method: 'DELETE', url: '/api/v1/me/data', headers: alice.headers });
      expect((await app.inject({ url: '/api/v1/me/profile', headers: alice.headers })).json()).toEqual({});
    });
  });
});
