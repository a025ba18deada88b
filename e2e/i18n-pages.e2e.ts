import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../src/core/i18n/catalogs';
import { localiseKnowledge } from '../src/core/knowledge/localise';
import { buildEpisode } from '../src/test-support/factories';
import { findAxeViolations } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';
import { expectLang, findOverflow, openLocalised } from './support/i18n';

// Accounts mode: the account, care team and clinician pages have something to show.
const harness = setupServerAndBrowser({ mode: 'server' });
const PASSWORD = 'correct horse battery';

/** Sign-up answers 202 either way; then sign in (the context keeps the session cookie). */
async function signUpAndIn(page: Page, email: string): Promise<void> {
  const data = { email, password: PASSWORD };
  expect((await page.request.post('/api/v1/auth/signup', { data })).status()).toBe(202);
  expect((await page.request.post('/api/v1/auth/signin', { data })).status()).toBe(200);
}

/** The knowledge topic's title in the language, as the core's `knowledge` catalog gives it (decision 0034). */
async function topicTitle(lang: 'es' | 'de', id: string): Promise<string> {
  const topic = localiseKnowledge(await loadTranslator(lang, ['knowledge'])).topics.find((t) => t.id === id);
  return topic?.title ?? '';
}

/** Each page after the first screens (insights, learn, reports, check-in, entry form, account, care team…). */
const LANGUAGES = [
  {
    browser: 'es-ES',
    lang: 'es',
    pages: [
      ['/insights', 'Tendencias'],
      ['/learn', 'Aprende'],
      ['/reports', 'Informe para tu profesional sanitario'],
      ['/checkin', 'Registro diario'],
      ['/journal/new', 'Añadir una entrada al diario'],
      ['/account', 'Seguridad de la cuenta'],
      ['/signin', 'Sesión iniciada'],
      ['/care-team', 'Equipo de cuidado'],
      ['/clinician', 'Panel del profesional'],
      ['/therapist-plan', 'El plan de tu terapeuta'],
      ['/no-such-page', 'Página no encontrada'],
    ],
    search: 'cuánto dura un calambre',
    answers: /^Respuestas para «cuánto dura un calambre»$/,
    source: /^Fuente: /,
    noEpisodes: /Todavía no hay episodios/,
    delete: 'Escribe BORRAR para confirmar',
  },
  {
    browser: 'de-DE',
    lang: 'de',
    pages: [
      ['/insights', 'Auswertungen'],
      ['/learn', 'Wissen'],
      ['/reports', 'Bericht für Ihre Ärztin oder Ihren Arzt'],
      ['/checkin', 'Täglicher Check-in'],
      ['/journal/new', 'Einen Tagebucheintrag hinzufügen'],
      ['/account', 'Kontosicherheit'],
      ['/signin', 'Angemeldet'],
      ['/care-team', 'Behandlungsteam'],
      ['/clinician', 'Übersicht für Behandelnde'],
      ['/therapist-plan', 'Plan Ihrer Therapeutin oder Ihres Therapeuten'],
      ['/no-such-page', 'Seite nicht gefunden'],
    ],
    search: 'wie lange dauert ein Krampf',
    answers: /^Antworten zu „wie lange dauert ein Krampf“$/,
    source: /^Quelle: /,
    noEpisodes: /Noch keine Episoden/,
    delete: 'Geben Sie LÖSCHEN ein, um zu bestätigen',
  },
] as const;

describe.each(LANGUAGES)('the other pages in $lang (browser prefers $browser)', (words) => {
  it('heads every page in the language, sets lang, and is axe-clean', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, words.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signUpAndIn(page, `pages-${words.lang}@example.org`);
    for (const [path, heading] of words.pages) {
      await page.goto(path);
      await expectHeading(page, heading);
      await expectLang(page, words.lang);
      // Wait for what the page loads (the lists below the heading) before checking it.
      await page.waitForLoadState('networkidle');
      expect({ path, violations: await findAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the knowledge topics, search answers, insights and the delete word in the language', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, words.browser);
    const page = await context.newPage();
    await signUpAndIn(page, `words-${words.lang}@example.org`);
    // Learn: the topic list and a topic come from the knowledge catalog; the sources stay as they are.
    await page.goto('/learn?topic=duration');
    await expectHeading(page, await topicTitle(words.lang, 'duration'));
    expect(await page.locator('.source').first().textContent()).toMatch(words.source);
    await page.goto(`/learn?q=${encodeURIComponent(words.search)}`);
    expect(await page.locator('#results-heading').textContent()).toMatch(words.answers);
    expect(await page.locator('#results-heading + ol li').count()).toBeGreaterThan(0);
    // Insights with an empty journal say so in the language.
    await page.goto('/insights');
    await page.getByTestId('insights-loaded').waitFor();
    await page.getByText(words.noEpisodes).waitFor();
    // A massage after which the pain rose opens an escalation alert: worded in the language, its counts included.
    const episode = buildEpisode({ actions: ['stretch'], painBefore: 3, painAfter: 6, response: 'worse' });
    const status = await page.evaluate(async (body) => {
      const csrf = document.cookie.match(/(?:^|; )knead_csrf=([^;]*)/)?.[1] ?? '';
      const headers = { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) };
      return (await fetch('/api/v1/episodes', { method: 'POST', headers, body })).status;
    }, JSON.stringify(episode));
    expect(status).toBe(201);
    const insightsWords = await loadTranslator(words.lang, ['insights']);
    await page.reload();
    await page.getByText(insightsWords.t('insights.alert.worse-after-massage.text')).waitFor();
    await page
      .getByText(insightsWords.t('insights.alert.worse-after-massage.evidence.episodes', { episodes: 1 }), {
        exact: false,
      })
      .waitFor();
    // The report downloads in the language of the page.
    await page.goto('/reports');
    expect(await page.locator('a[href*="report.pdf"]').getAttribute('href')).toContain(`lang=${words.lang}`);
    await page.goto('/settings');
    await page.getByLabel(words.delete).waitFor();
    await context.close();
  });
});

describe('the other pages in the pseudo-locale at 390 px', () => {
  it('take every message from a catalog, clip no button and overflow no page', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, 'en-GB');
    const page = await context.newPage();
    await signUpAndIn(page, 'pages-pseudo@example.org');
    await page.goto('/?lang=en-XA');
    await expectLang(page, 'en-XA');
    const paths = [
      '/insights',
      '/learn',
      '/learn?topic=duration',
      '/reports',
      '/checkin',
      '/journal/new',
      '/account',
      '/signin',
      '/care-team',
      '/clinician',
      '/therapist-plan',
      '/no-such-page',
    ];
    for (const path of paths) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The pseudo-locale's brackets show the heading came from a catalog.
      expect({ path, heading: await page.locator('main h1').first().textContent() }).toEqual({
        path,
        heading: expect.stringMatching(/^\[/),
      });
      expect({ path, overflow: await findOverflow(page) }).toEqual({ path, overflow: [] });
    }
    await context.close();
  });
});
