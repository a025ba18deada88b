/** The report and calendar routes answer in the Accept-Language's locale, with Content-Language (decision 0032). */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpisodeFixture } from '../../../core/interop/journal-fixtures';
import { buildTestServer } from '../../../test-support/server-fixture';

describe('report and .ics routes in the asked language', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer('local');
    const episode = buildEpisodeFixture({ startedAt: '2026-03-01T02:10:00+01:00' });
    expect((await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: episode })).statusCode).toBe(201);
  });

  it('serves the HTML report in German for Accept-Language: de, and today’s English without the header', async () => {
    const url = '/api/v1/report.html?from=2026-02-01&to=2026-03-31';
    const german = await app.inject({ url, headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } });
    expect(german.statusCode).toBe(200);
    expect(german.headers['content-language']).toBe('de');
    expect(german.body).toContain('<html lang="de">');
    expect(german.body).toContain('Episoden (1)');
    const english = await app.inject({ url });
    expect(english.headers['content-language']).toBe('en-GB');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Episodes (1)');
    const asked = await app.inject({ url: `${url}&lang=es`, headers: { 'accept-language': 'de' } });
    expect(asked.headers['content-language']).toBe('es');
    expect(asked.body).toContain('Episodios (1)');
    expect((await app.inject({ url: `${url}&lang=fr` })).statusCode).toBe(400);
  });

  it('writes the calendar in Spanish for Accept-Language: es', async () => {
    const response = await app.inject({
      url: '/api/v1/schedule.ics?region=calf&start=2026-03-01&timeZone=Europe/Madrid',
      headers: { 'accept-language': 'es-ES' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('es');
    expect(response.body).toContain('SUMMARY:Masaje: pantorrilla');
    expect(response.body).toContain('X-WR-CALNAME:Recordatorios de Knead');
  });
});
