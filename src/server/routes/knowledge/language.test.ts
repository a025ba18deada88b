import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE } from '../../../core/knowledge/index';
import { buildTestServer } from '../../../test-support/server-fixture';

interface Result {
  topic: string;
  title: string;
  snippet: string;
}

describe('knowledge routes in the reader’s language', () => {
  it('answer today’s en-GB bytes when nothing asks for a language', async () => {
    const app = await buildTestServer();
    const knowledge = await app.inject({ method: 'GET', url: '/api/v1/knowledge' });
    expect(knowledge.body).toBe(JSON.stringify(KNOWLEDGE_BASE));
    expect(knowledge.headers['content-language']).toBeUndefined();
  });

  it('GET /knowledge follows Accept-Language, says so in Content-Language and varies on it', async () => {
    const app = await buildTestServer();
    const res = await app.inject({ method: 'GET', url: '/api/v1/knowledge', headers: { 'accept-language': 'de-DE' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('de');
    expect(res.headers.vary).toContain('Accept-Language');
    const kb = res.json() as typeof KNOWLEDGE_BASE;
    expect(kb.causes[0]?.title).toBe('Flüssigkeitsmangel');
    // Ids, sources and citations are the same in every language.
    expect(kb.causes.map((c) => [c.id, c.source, c.citation])).toEqual(
      KNOWLEDGE_BASE.causes.map((c) => [c.id, c.source, c.citation]),
    );
    const heat = kb.warningSigns.find((sign) => sign.id === 'warning-heatstroke');
    expect(heat?.text).toContain('112');
  });

  it('?country= chooses the care services inside the language', async () => {
    const app = await buildTestServer();
    const res = await app.inject({ method: 'GET', url: '/api/v1/knowledge?lang=es&country=GB' });
    const kb = res.json() as typeof KNOWLEDGE_BASE;
    const meningitis = kb.warningSigns.find((sign) => sign.id === 'warning-meningitis');
    expect(meningitis?.text).toContain('llama al 999');
    expect(meningitis?.text).toContain('(A&E)');
  });

  it('search: a Spanish question with Accept-Language es finds the Spanish topic', async () => {
    const app = await buildTestServer();
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/search?q=${encodeURIComponent('¿cuánto dura un calambre?')}&limit=3`,
      headers: { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('es');
    const [first] = res.json() as Result[];
    expect(first?.topic).toBe('duration');
    expect(first?.title).toBe('Cuánto debe durar un espasmo');
  });

  it('search: ?lang= wins over Accept-Language', async () => {
    const app = await buildTestServer();
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/knowledge/search?q=${encodeURIComponent('Wärme oder Kälte')}&lang=de`,
      headers: { 'accept-language': 'es' },
    });
    expect(res.headers['content-language']).toBe('de');
    expect((res.json() as Result[])[0]?.topic).toBe('heat-cold');
  });

  it('rejects an unknown lang or country naming the field', async () => {
    const app = await buildTestServer();
    for (const url of ['/api/v1/knowledge/search?q=ice&lang=fr', '/api/v1/knowledge?country=FR']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      const problem = res.json() as { errors: { path: string }[] };
      expect(
        problem.errors.map((e) => e.path),
        url,
      ).toEqual([url.includes('lang') ? 'lang' : 'country']);
    }
  });
});
