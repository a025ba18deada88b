import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnead } from '../../../app/knead';
import { assessSituation } from '../../../core/assess/assess-situation';
import { createMemoryStore } from '../../../store/memory-store';
import { buildServer } from '../../build-server';

const NECK_FEVER = JSON.stringify({ region: 'neck', signs: ['fever'] });
const CALF = JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 5 });

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server() {
  const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
  app = await buildServer({ knead, logLevel: false });
  await app.ready();
  return app;
}

const post = (s: FastifyInstance, payload: string, headers: Record<string, string> = {}, query = '') =>
  s.inject({
    method: 'POST',
    url: `/api/v1/assessments${query}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload,
  });

describe('POST /assessments in the reader’s language', () => {
  it('answers without Accept-Language exactly as before: en-GB with UK care words', async () => {
    const s = await server();
    const reply = await post(s, NECK_FEVER);
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toBe(JSON.stringify(assessSituation(JSON.parse(NECK_FEVER))));
    expect(reply.headers.vary).toBe('accept-encoding');
    expect(reply.headers['content-language']).toBe('en-GB');
    expect(reply.json().reasons[0].text).toContain('Call 999');
  });

  it('es-ES → Spanish with Spanish care (112), Content-Language es, Vary: Accept-Language', async () => {
    const s = await server();
    const reply = await post(s, NECK_FEVER, { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-language']).toBe('es');
    expect(reply.headers.vary).toBe('accept-encoding, accept-language');
    const body = reply.json();
    expect(body.care).toBe('emergency');
    expect(body.reasons[0].id).toBe('possible-meningitis');
    expect(body.reasons[0].text).toMatch(/^Un cuello rígido.*Llama al 112/);
    expect(body.disclaimer).toMatch(/^Knead ofrece/);
  });

  it('de → German with 112 and the on-call service 116 117; en-US → US English with 911', async () => {
    const s = await server();
    const de = (await post(s, NECK_FEVER, { 'accept-language': 'de-DE' })).json();
    expect(de.reasons[0].text).toContain('Notruf 112');
    const spineFever = JSON.stringify({ region: 'lower-back', signs: ['fever'] });
    const deSpine = await post(s, spineFever, { 'accept-language': 'de' });
    expect(deSpine.headers['content-language']).toBe('de');
    expect(
      deSpine
        .json()
        .reasons.map((r: { text: string }) => r.text)
        .join(' '),
    ).toContain('116 117');
    const us = await post(s, NECK_FEVER, { 'accept-language': 'en-US' });
    expect(us.headers['content-language']).toBe('en-US');
    expect(us.json().reasons[0].text).toContain('Call 911');
  });

  it('?country= chooses the care words apart from the language; the cache keys on both', async () => {
    const s = await server();
    const inGermany = await post(s, NECK_FEVER, { 'accept-language': 'es' }, '?country=DE');
    expect(inGermany.json().reasons[0].text).toContain('112');
    const inUk = await post(s, NECK_FEVER, { 'accept-language': 'es' }, '?country=GB');
    expect(inUk.json().reasons[0].text).toContain('Llama al 999');
    // Repeats (answered from the cache) keep their own language and country.
    for (let i = 0; i < 2; i++) {
      expect((await post(s, NECK_FEVER, { 'accept-language': 'es' }, '?country=GB')).json().reasons[0].text).toContain(
        '999',
      );
      expect((await post(s, NECK_FEVER)).json().reasons[0].text).toContain('Call 999');
      expect((await post(s, NECK_FEVER, { 'accept-language': 'en-US' })).json().reasons[0].text).toContain('911');
      const de = await post(s, CALF, { 'accept-language': 'de' });
      expect([de.headers['content-language'], de.json().disclaimer]).toEqual([
        'de',
        expect.stringMatching(/^Knead bietet/),
      ]);
    }
  });

  it('a language Knead does not speak answers in en-GB, with the GB words unless a country is named', async () => {
    const s = await server();
    const fr = await post(s, NECK_FEVER, { 'accept-language': 'fr-FR' });
    expect(fr.headers['content-language']).toBe('en-GB');
    expect(fr.json().reasons[0].text).toContain('999');
  });

  it('a bad country is a 400 problem naming the field and what is allowed', async () => {
    const s = await server();
    const reply = await post(s, NECK_FEVER, {}, '?country=FR');
    expect(reply.statusCode).toBe(400);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = reply.json();
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'country', message: expect.stringContaining('GB') }),
    ]);
    // Twice: a refused country is never cached.
    expect((await post(s, NECK_FEVER, {}, '?country=FR')).statusCode).toBe(400);
  });
});
