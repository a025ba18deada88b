// POST /assessments keeps its contract through the fast paths of decision 0038 (compiled validator, misses written
// to the socket): the bytes of every answer equal the reference — zod's parse of the body, the engine, then
// JSON.stringify — for every calibration vignette, every clinical vignette and random situations, with the cache
// off and on; an invalid body gets zod's problem+json naming the field; a miss carries the headers an answer sent
// through Fastify's reply carries.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnead } from '../../../app/knead';
import { arbitrarySituation } from '../../../core/assess/arbitrary-situation.test-support';
import { assessSituation } from '../../../core/assess/assess-situation';
import { CALIBRATION_CASES } from '../../../core/assess/calibration';
import { VIGNETTES } from '../../../core/assess/vignettes';
import { SituationSchema } from '../../../core/situation';
import { createMemoryStore } from '../../../store/memory-store';
import { buildServer } from '../../build-server';
import { zodValidatorCompiler } from '../../plugins/error-handler';

const servers: FastifyInstance[] = [];
let uncached: FastifyInstance;
let cached: FastifyInstance;

beforeAll(async () => {
  for (const assessmentCache of [0, 2_000]) {
    const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
    const app = await buildServer({ knead, logLevel: false, assessmentCache });
    await app.ready();
    servers.push(app);
  }
  [uncached, cached] = servers as [FastifyInstance, FastifyInstance];
});
afterAll(async () => {
  for (const app of servers) await app.close();
});

/** The bytes main wrote before the fast paths: zod's parse, the engine, JSON.stringify. */
const reference = (body: string) =>
  Buffer.from(JSON.stringify(assessSituation(SituationSchema.parse(JSON.parse(body)))));

const post = (app: FastifyInstance, payload: string) =>
  app.inject({ method: 'POST', url: '/api/v1/assessments', headers: { 'content-type': 'application/json' }, payload });

const bodies = [
  ...CALIBRATION_CASES.map((c) => JSON.stringify(c.situation)),
  ...VIGNETTES.map((v) => JSON.stringify(v.situation)),
  ...fc.sample(arbitrarySituation, { numRuns: 300, seed: 38 }).map((s) => JSON.stringify(s)),
];

describe('POST /api/v1/assessments answers the bytes of the zod + JSON.stringify reference', () => {
  it.each([
    ['cache off', () => uncached],
    ['cache on (first answers, then repeats)', () => cached],
  ])('%s: every calibration vignette, clinical vignette and random situation', async (_label, server) => {
    expect(bodies.length).toBeGreaterThan(400);
    for (const round of [1, 2]) {
      for (const body of bodies) {
        const answer = await post(server(), body);
        expect(answer.statusCode, `${body} (round ${round})`).toBe(200);
        expect(answer.rawPayload.equals(reference(body)), `${body} (round ${round})`).toBe(true);
      }
    }
  });

  it("refuses an invalid body with zod's problem+json, naming the field", async () => {
    const zod = zodValidatorCompiler({ schema: SituationSchema, httpPart: 'body', method: 'POST', url: '/' } as never);
    const invalid = [
      { region: 'knee' },
      { region: 'calf', intensity: 11 },
      { region: 'calf', intensity: 2.5 },
      { region: 'calf', durationMinutes: -1 },
      { region: 'calf', context: ['night', 'moon'] },
      { region: 'calf', history: { frequency: 'hourly' } },
      { region: 'calf', history: { selfCareDays: 2, extra: true } },
      { region: 'calf', colour: 'red' },
      { side: 'left' },
      [],
      'calf',
    ];
    for (const body of invalid) {
      const answer = await post(uncached, JSON.stringify(body));
      const expected = zod(body) as unknown as { error: { errors: unknown } };
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(answer.json()).toMatchObject({ code: 'validation-failed', detail: 'invalid request body' });
      // The problem's catalog words (decision 0040) word the answer; the answer itself carries path and message.
      const wire = (expected.error.errors as { words?: unknown }[]).map(({ words: _words, ...error }) => error);
      expect(answer.json().errors, JSON.stringify(body)).toEqual(wire);
      expect(answer.json().errors.length).toBeGreaterThan(0);
    }
  });
});

/** A real request over a socket, returning status and headers. */
function postOverHttp(port: number, body: string) {
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/assessments',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a miss written to the socket', () => {
  it("carries every header an answer sent through Fastify's reply carries (the same route's 400, over HTTP)", async () => {
    const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
    const app = await buildServer({ knead, logLevel: false, assessmentCache: 0 });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const miss = await postOverHttp(port, JSON.stringify({ region: 'calf', ongoing: true }));
      const refused = await postOverHttp(port, JSON.stringify({ region: 'knee' }));
      expect([miss.status, refused.status]).toEqual([200, 400]);
      const { date: _d, 'content-type': _t, 'content-length': _l, ...throughReply } = refused.headers;
      const { date, 'content-type': type, 'content-length': length, ...written } = miss.headers;
      expect(written).toEqual({ ...throughReply, 'content-language': 'en-GB', vary: 'accept-encoding' });
      expect(type).toBe('application/json; charset=utf-8');
      expect(Number(length)).toBeGreaterThan(1_000);
      expect(date).toEqual(expect.any(String));
      expect(written).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    } finally {
      await app.close();
    }
  });
});
