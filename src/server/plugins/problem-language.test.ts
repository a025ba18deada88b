/** problem+json in the request's language (decision 0040): words change, ids and paths never do. */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestServer } from '../../test-support/server-fixture';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server() {
  app = await buildTestServer();
  return app;
}

const BAD = JSON.stringify({ region: 'calff', intensity: 11, mood: 1 });
const post = (s: FastifyInstance, headers: Record<string, string> = {}, query = '') =>
  s.inject({
    method: 'POST',
    url: `/api/v1/assessments${query}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: BAD,
  });

describe('problem+json in the request’s language', () => {
  it('answers today’s en-GB problem, without Content-Language, when no language is asked for', async () => {
    const s = await server();
    const res = await post(s);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBeUndefined();
    expect(res.json()).toMatchObject({
      code: 'validation-failed',
      detail: 'invalid request body',
      errors: [
        { path: 'region', message: expect.stringMatching(/^"calff" is not allowed; one of neck, /) },
        { path: 'intensity', message: 'must be at most 10 (got 11)' },
        { path: 'mood', message: expect.stringMatching(/^unknown field; allowed fields: region, side, /) },
      ],
    });
  });

  it('words detail and field messages in German and Spanish; code, type, paths and allowed ids stay', async () => {
    const s = await server();
    const english = (await post(s)).json();
    const german = await post(s, { 'accept-language': 'de-DE,de;q=0.9' });
    expect(german.headers['content-language']).toBe('de');
    const de = german.json();
    expect(de).toMatchObject({ type: english.type, code: english.code, title: english.title, status: 400 });
    expect(de.detail).toBe('der Inhalt der Anfrage ist ungültig');
    expect(de.errors.map((e: { path: string }) => e.path)).toEqual(['region', 'intensity', 'mood']);
    expect(de.errors[0].message).toMatch(/^"calff" ist nicht erlaubt; eines von neck, shoulder, /);
    expect(de.errors[1].message).toBe('darf höchstens 10 sein (erhalten 11)');
    expect(de.errors[2].message).toMatch(/^unbekanntes Feld; erlaubte Felder: region, side, ongoing/);
    // No field's words leak into the answer.
    expect(JSON.stringify(de)).not.toContain('words');
    const spanish = (await post(s, {}, '?lang=es')).json();
    expect(spanish.detail).toBe('el cuerpo de la petición no es válido');
    expect(spanish.errors[1].message).toBe('debe ser como máximo 10 (se recibió 11)');
  });

  it('words an error by its stable code (not-found) and keeps English for en-US', async () => {
    const s = await server();
    const missing = '/api/v1/episodes/01890000-0000-7000-8000-000000000000';
    const es = await s.inject({ method: 'GET', url: missing, headers: { 'accept-language': 'es' } });
    expect(es.statusCode).toBe(404);
    expect(es.json()).toMatchObject({ code: 'not-found', detail: 'no encontrado' });
    const us = await s.inject({ method: 'GET', url: missing, headers: { 'accept-language': 'en-US' } });
    expect(us.json().detail).toBe((await s.inject({ method: 'GET', url: missing })).json().detail);
  });
});
