import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../core/repositories';
import { buildCheckIn, buildEpisode, buildSession } from './factories';
import { buildTestServer, signUp } from './server-fixture';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Request {
  method: Method;
  url: string;
  body?: string;
  contentType?: string;
}

const VALID: Record<string, () => Record<string, unknown>> = {
  '/api/v1/assessments': () => ({ region: 'calf', intensity: 5, history: { frequency: 'weekly' } }),
  '/api/v1/episodes': () => buildEpisode() as unknown as Record<string, unknown>,
  '/api/v1/checkins': () => buildCheckIn() as unknown as Record<string, unknown>,
  '/api/v1/sessions': () => buildSession() as unknown as Record<string, unknown>,
  '/api/v1/import': () => ({
    format: 'knead-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    episodes: [],
    checkins: [],
    sessions: [],
  }),
  '/api/v1/tokens': () => ({ name: 'watch' }),
};
const POST_PATHS = Object.keys(VALID);
const ID_PATHS = ['/api/v1/episodes', '/api/v1/checkins', '/api/v1/sessions', '/api/v1/tokens'];
const GET_PATHS = [
  '/api/v1/episodes',
  '/api/v1/checkins',
  '/api/v1/sessions',
  '/api/v1/insights',
  '/api/v1/knowledge/search',
  '/api/v1/export',
];
const QUERY_KEYS = ['from', 'to', 'limit', 'cursor', 'q', 'format', 'x'];

/** Values that are valid JSON and often pass the schemas but that a database may refuse. */
const edgeValue = fc.constantFrom(
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  'a\u0000b',
  '\ud800',
  -0,
  1e308,
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), edgeValue);

/** A valid body with one field replaced by anything JSON can hold (or an unknown field added). */
const mutatedBody = fc
  .tuple(fc.constantFrom(...POST_PATHS), fc.string({ maxLength: 12 }), anyValue, fc.boolean())
  .map(([path, key, value, existing]): Request => {
    const body = (VALID[path] as () => Record<string, unknown>)();
    const keys = Object.keys(body);
    const target = existing && keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
    return { method: 'POST', url: path, body: JSON.stringify({ ...body, [target]: value }) };
  });
const randomJson = fc
  .tuple(fc.constantFrom(...POST_PATHS), fc.jsonValue({ maxDepth: 4 }))
  .map(([url, value]): Request => ({ method: 'POST', url, body: JSON.stringify(value) }));
const brokenJson = fc
  .tuple(
    fc.constantFrom(...POST_PATHS),
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ),
  )
  .map(([url, body, contentType]): Request => ({ method: 'POST', url, body, contentType }));
const badIds = fc
  .tuple(fc.constantFrom(...ID_PATHS), fc.string({ maxLength: 40 }), fc.constantFrom<Method>('GET', 'PUT', 'DELETE'))
  .map(
    ([path, id, method]): Request => ({
      method,
      url: `${path}/${encodeURIComponent(id)}`,
      ...(method === 'PUT' ? { body: '{}' } : {}),
    }),
  );
const badQueries = fc
  .tuple(
    fc.constantFrom(...GET_PATHS),
    fc.dictionary(fc.constantFrom(...QUERY_KEYS), fc.oneof(fc.string({ maxLength: 30 }), edgeValue.map(String)), {
      maxKeys: 4,
    }),
  )
  .map(([path, query]): Request => ({ method: 'GET', url: `${path}?${new URLSearchParams(query).toString()}` }));
const anyRequest = fc.oneof(mutatedBody, randomJson, brokenJson, badIds, badQueries);

/** The fuzz suite, run on the memory store here and on PGlite (real SQL) in fuzz.db.test.ts. */
export function describeFuzz(name: string, openStore: () => Promise<Store>) {
  describe(`malformed-request fuzzing (${name}): 4xx problem+json, never 5xx`, () => {
    let app: FastifyInstance;
    let headers: Record<string, string>;
    beforeAll(async () => {
      app = await buildTestServer('server', await openStore());
      headers = (await signUp(app)).headers;
    });

    it('answers every generated request without a server error', async () => {
      await fc.assert(
        fc.asyncProperty(anyRequest, async (request) => {
          const response = await app.inject({
            method: request.method,
            url: request.url,
            headers: {
              ...headers,
              ...(request.body === undefined ? {} : { 'content-type': request.contentType ?? 'application/json' }),
            },
            ...(request.body === undefined ? {} : { payload: request.body }),
          });
          expect(response.statusCode, `${request.method} ${request.url} ${request.body ?? ''}`).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(response.json()).toMatchObject({ status: response.statusCode, code: expect.any(String) });
          }
        }),
        { numRuns: 600 },
      );
    });

    it('refuses huge bodies with 413', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/episodes',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: `[${'1,'.repeat(600_000)}1]`,
      });
      expect([response.statusCode, response.json().code]).toEqual([413, 'body-too-large']);
    });
  });
}
