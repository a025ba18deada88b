import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnead, type Knead } from '../../../app/knead';
import { createMemoryStore } from '../../../store/memory-store';
import { buildServer } from '../../build-server';
import { ADMIT_ONE_MISS_IN } from './response-cache';

const CALF = JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 5 });
const JSON_HEADERS = { 'content-type': 'application/json' };

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A local-mode server whose Knead counts how often the engine really assessed. */
async function serverCountingAssessments(assessmentCache?: number) {
  const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
  const counted = { assessed: 0 };
  const counting: Knead = Object.assign(Object.create(knead) as Knead, {
    assess: (situation: Parameters<Knead['assess']>[0]) => {
      counted.assessed += 1;
      return knead.assess(situation);
    },
  });
  app = await buildServer({ knead: counting, logLevel: false, assessmentCache });
  await app.ready();
  return { app, counted };
}

const post = (server: FastifyInstance, payload: string | Readable, headers: Record<string, string> = JSON_HEADERS) =>
  server.inject({ method: 'POST', url: '/api/v1/assessments', headers, payload });

/** Headers a first answer and its repeat share: all but the date and, since only a repeat is gzipped, the encoding. */
const withoutEncoding = (headers: Record<string, unknown>) => {
  const { date: _date, 'content-encoding': _encoding, 'content-length': _length, ...rest } = headers;
  return rest;
};

/** A real request over a socket (not inject), returning status, raw headers and the undecoded body bytes. */
function postOverHttp(port: number, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/v1/assessments', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /api/v1/assessments answers repeats from the cache', () => {
  it('answers a repeated body with the same status, headers and bytes, without assessing again', async () => {
    const { app: server, counted } = await serverCountingAssessments();
    for (const acceptEncoding of ['gzip, deflate, br', 'identity']) {
      const headers = { ...JSON_HEADERS, 'accept-encoding': acceptEncoding };
      const first = await post(server, CALF, headers);
      const repeat = await post(server, CALF, headers);
      expect(first.statusCode).toBe(200);
      expect(repeat.statusCode).toBe(200);
      // A first answer goes out uncompressed (a miss never pays for gzip); a repeat is gzipped when accepted.
      const gzip = repeat.headers['content-encoding'] === 'gzip';
      expect(gzip).toBe(acceptEncoding.includes('gzip'));
      expect(first.headers['content-encoding']).toBeUndefined();
      expect(withoutEncoding(repeat.headers)).toEqual(withoutEncoding(first.headers));
      const repeatBytes = gzip ? gunzipSync(repeat.rawPayload) : repeat.rawPayload;
      expect(repeatBytes.equals(first.rawPayload)).toBe(true);
    }
    expect(counted.assessed).toBe(1); // one assessment served four answers (two encodings, twice each)
    const gzipped = await post(server, CALF, { ...JSON_HEADERS, 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toMatchObject({ care: 'self_care' });
  });

  it('writes a repeat over a real socket with every security header the first answer had', async () => {
    const { app: server } = await serverCountingAssessments();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const headers = { ...JSON_HEADERS, 'accept-encoding': 'gzip' };
    const first = await postOverHttp(port, CALF, headers);
    const repeat = await postOverHttp(port, CALF, headers);
    expect(repeat.status).toBe(200);
    expect(withoutEncoding(repeat.headers)).toEqual(withoutEncoding(first.headers));
    expect(repeat.headers).toMatchObject({
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      'content-length': String(repeat.body.length),
    });
    expect(gunzipSync(repeat.body).equals(first.body)).toBe(true);
  });

  it('never caches a body that failed validation or parsing: each try is checked and refused again', async () => {
    const { app: server, counted } = await serverCountingAssessments();
    const invalid = JSON.stringify({ region: 'calf', colour: 'red' });
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await post(server, invalid);
      expect([refused.statusCode, refused.json().code]).toEqual([400, 'validation-failed']);
      const broken = await post(server, '{"region": ');
      expect([broken.statusCode, broken.json().code]).toEqual([400, 'invalid-json']);
    }
    expect(counted.assessed).toBe(0);
  });

  it('still applies the content-type check and the host guard to a cached body', async () => {
    const { app: server } = await serverCountingAssessments();
    expect((await post(server, CALF)).statusCode).toBe(200);
    const asXml = await post(server, CALF, { 'content-type': 'application/xml' });
    expect([asXml.statusCode, asXml.json().code]).toEqual([415, 'unsupported-media-type']);
    const asText = await post(server, CALF, { 'content-type': 'text/plain' }); // a no-preflight type: never parsed
    expect([asText.statusCode, asText.json().code]).toEqual([415, 'unsupported-media-type']);
    const crossSite = await post(server, CALF, { ...JSON_HEADERS, 'sec-fetch-site': 'cross-site' });
    expect([crossSite.statusCode, crossSite.json().code]).toEqual([403, 'cross-site-request']);
    const rebinding = await post(server, CALF, { ...JSON_HEADERS, host: 'evil.example' });
    expect([rebinding.statusCode, rebinding.json().code]).toEqual([403, 'forbidden-host']);
  });

  it('keys on the exact bytes: the same situation written differently is assessed again, with the same answer', async () => {
    const { app: server, counted } = await serverCountingAssessments();
    const first = await post(server, CALF);
    const spaced = await post(server, JSON.stringify(JSON.parse(CALF), null, 2));
    expect(spaced.json()).toEqual(first.json());
    expect(counted.assessed).toBe(2);
  });

  it('answers bodies it does not read ahead (no declared length) the usual way, and never from the cache', async () => {
    const { app: server, counted } = await serverCountingAssessments();
    for (let attempt = 0; attempt < 2; attempt++) {
      const streamed = await post(server, Readable.from([Buffer.from(CALF)]));
      expect(streamed.statusCode).toBe(200);
      expect(streamed.json()).toMatchObject({ care: 'self_care' });
    }
    expect(counted.assessed).toBe(2);
  });

  it('once full, keeps the answer of one miss in ADMIT_ONE_MISS_IN: a body asked again and again is cached soon', async () => {
    const { app: server, counted } = await serverCountingAssessments(1);
    expect((await post(server, CALF)).statusCode).toBe(200); // room: kept at once
    const neck = JSON.stringify({ region: 'neck', ongoing: false, durationMinutes: 2 });
    const answers: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i <= ADMIT_ONE_MISS_IN; i++) answers.push(await post(server, neck));
    expect(answers.every((a) => a.statusCode === 200 && a.body === answers[0]?.body)).toBe(true);
    // CALF once, then the neck body ADMIT_ONE_MISS_IN times; its next request was answered from the cache.
    expect(counted.assessed).toBe(1 + ADMIT_ONE_MISS_IN);
  });

  it('assesses every request when the cache is off', async () => {
    const { app: server, counted } = await serverCountingAssessments(0);
    const answers = [await post(server, CALF), await post(server, CALF)];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(answers[1]?.json()).toEqual(answers[0]?.json());
    expect(counted.assessed).toBe(2);
  });
});
