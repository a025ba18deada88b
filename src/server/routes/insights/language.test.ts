import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../../core/i18n/catalogs';
import {
  describeEscalationAlert,
  rewordEscalationAlert,
  SOURCE_INSIGHTS_TRANSLATOR,
} from '../../../core/insights/alert-words';
import type { AlertFinding } from '../../../core/insights/types';
import { buildEpisode } from '../../../test-support/factories';
import { buildTestServer } from '../../../test-support/server-fixture';

const FINDINGS: AlertFinding[] = [
  { id: 'more-frequent', recent: 6, previous: 1, windowDays: 28, source: 'article:how-long' },
  {
    id: 'long-episodes',
    long: 2,
    legEpisodes: 9,
    latestDay: '2026-11-20',
    longestMinutes: 25,
    source: 'article:how-long',
  },
  { id: 'not-improving', massageDays: 5, windowDays: 7, episodesSince: 4, source: 'article:should-massage' },
  {
    id: 'worse-after-massage',
    episodes: 1,
    massagedEpisodes: 3,
    sessions: 2,
    totalSessions: 4,
    source: 'article:should-massage',
  },
];

describe('escalation alerts in another language', () => {
  it('reworded in en-GB from their facts give back the same alert; in es and de each finding’s own words', async () => {
    for (const locale of ['es', 'de'] as const) {
      const t = await loadTranslator(locale, ['insights']);
      for (const finding of FINDINGS) {
        const alert = describeEscalationAlert(finding);
        expect(rewordEscalationAlert(alert, SOURCE_INSIGHTS_TRANSLATOR)).toEqual(alert);
        const reworded = rewordEscalationAlert(alert, t);
        expect(reworded).toEqual(describeEscalationAlert(finding, t));
        expect(reworded.text).not.toBe(alert.text);
        expect(reworded.evidence).not.toBe(alert.evidence);
        expect(reworded.evidence).toMatch(/\d/);
        expect(reworded).toMatchObject({ id: finding.id, source: finding.source, care: 'consultation' });
      }
    }
  });

  it('an alert without facts (an older answer) keeps its evidence and takes the words of its id', async () => {
    const t = await loadTranslator('es', ['insights']);
    const { facts: _facts, ...alert } = describeEscalationAlert(FINDINGS[3] as AlertFinding);
    const reworded = rewordEscalationAlert(alert, t);
    expect(reworded.text).toBe('El masaje empeoró un espasmo.');
    expect(reworded.evidence).toBe(alert.evidence);
  });

  it('GET /insights words the alerts for Accept-Language (Content-Language), today’s en-GB bytes without it', async () => {
    const app = await buildTestServer();
    const worse = buildEpisode({ actions: ['stretch'], painBefore: 3, painAfter: 6, response: 'worse' });
    expect((await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: worse })).statusCode).toBe(201);

    const plain = await app.inject({ method: 'GET', url: '/api/v1/insights' });
    expect(plain.headers['content-language']).toBeUndefined();
    const enAlert = plain.json().alerts.find((a: { id: string }) => a.id === 'worse-after-massage');
    expect(enAlert).toMatchObject({ text: 'Massage made a spasm worse.', facts: { episodes: 1 } });
    expect(enAlert.evidence).toBe('1 episode got worse with massage.');

    const es = await app.inject({
      method: 'GET',
      url: '/api/v1/insights',
      headers: { 'accept-language': 'es-ES,es;q=0.9' },
    });
    expect(es.statusCode).toBe(200);
    expect(es.headers['content-language']).toBe('es');
    const esAlert = es.json().alerts.find((a: { id: string }) => a.id === 'worse-after-massage');
    expect(esAlert).toMatchObject({
      text: 'El masaje empeoró un espasmo.',
      evidence: '1 episodio empeoró con el masaje.',
    });
    expect(es.json().totals).toEqual(plain.json().totals);

    const de = await app.inject({ method: 'GET', url: '/api/v1/insights', headers: { 'accept-language': 'de-DE' } });
    expect(de.headers['content-language']).toBe('de');
    expect(de.json().alerts[0].text).not.toBe(enAlert.text);
  });
});
