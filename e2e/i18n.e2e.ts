import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAxeViolations } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';
import { expectLang, findOverflow, openLocalised } from './support/i18n';

const harness = setupServerAndBrowser();
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

const verdictPath = (situation: object) => `/verdict?s=${encodeURIComponent(JSON.stringify(situation))}`;
const CALF_SELF_CARE = { region: 'calf', ongoing: false, durationMinutes: 6, intensity: 6, context: ['exercise'] };
const FEVER_SWELLING = { region: 'lower-back', ongoing: false, durationMinutes: 60, signs: ['fever', 'swelling'] };

const LANGUAGES = [
  {
    browser: 'es-ES',
    lang: 'es',
    home: '¿Deberías masajear este espasmo?',
    now: 'Tengo un espasmo ahora',
    call: 'Llamar al 112',
    where: '¿Dónde está el espasmo?',
    calf: 'Pantorrilla (gemelo, parte trasera de la pierna)',
    next: 'Continuar',
    feel: '¿Cómo lo notas?',
    redFlags: 'Primero: ¿te pasa ahora alguna de estas cosas?',
    chestPain: /dolor, opresión o presión en el pecho/,
    emergencyCall: 'Llama a emergencias: 112',
    doctor: /médico de cabecera/,
    startSession: /Empezar el masaje guiado/,
    session: 'Masaje guiado',
    start: 'Empezar',
    getReady: 'Prepárate',
    journal: 'Diario',
    addEntry: 'Añadir una entrada',
    settings: 'Ajustes',
    unreviewed: /traducción se ha hecho por máquina/,
    spokenCues: /^Indicaciones habladas/,
    spokenReady: 'Prepárate',
    report: 'Diario de espasmos musculares: informe para el profesional sanitario',
  },
  {
    browser: 'de-DE',
    lang: 'de',
    home: 'Sollten Sie diesen Krampf massieren?',
    now: 'Ich habe jetzt einen Krampf',
    call: '112 anrufen',
    where: 'Wo ist der Krampf?',
    calf: 'Wade (Rückseite des Unterschenkels)',
    next: 'Weiter',
    feel: 'Wie fühlt es sich an?',
    redFlags: 'Zuerst: Trifft jetzt etwas davon zu?',
    chestPain: /Schmerzen, Enge oder Druck in der Brust/,
    emergencyCall: 'Notruf wählen: 112',
    doctor: /Hausarztpraxis/,
    startSession: /Geführte Massage starten/,
    session: 'Geführte Massage',
    start: 'Starten',
    getReady: 'Bereit machen',
    journal: 'Tagebuch',
    addEntry: 'Eintrag hinzufügen',
    settings: 'Einstellungen',
    unreviewed: /maschinell erstellt und noch nicht von medizinischem Fachpersonal geprüft/,
    spokenCues: /^Gesprochene Hinweise/,
    spokenReady: 'Machen Sie sich bereit',
    report: 'Tagebuch der Muskelkrämpfe: Bericht für Ärztin oder Arzt',
  },
] as const;

/** A speech synthesis that records what the page says and in which language (the utterance's `lang`). */
function recordSpeech(): void {
  const said: { text: string; lang: string }[] = [];
  Object.assign(window, { __said: said });
  class FakeUtterance {
    lang = '';
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: FakeUtterance,
  });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speaking: false,
      pending: false,
      speak: (utterance: FakeUtterance) => said.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
      getVoices: () => [],
    },
  });
}

describe.each(LANGUAGES)('Knead in $lang (browser prefers $browser)', (words) => {
  it('goes home → questionnaire → verdict → session → journal in the language, with its care words and 112', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, words.browser);
    await context.addInitScript(recordSpeech);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    await expectHeading(page, words.home);
    await expectLang(page, words.lang);
    expect(await page.getByRole('link', { name: words.call }).getAttribute('href')).toBe('tel:112');

    await page.getByRole('link', { name: words.now }).click();
    await expectHeading(page, words.where);
    await page.getByRole('button', { name: words.calf, exact: true }).locator('rect, ellipse').first().click();
    await page.getByRole('button', { name: words.next }).click();
    await expectHeading(page, words.feel);
    await page.locator('.presentation-choice').first().click();
    await expectHeading(page, words.redFlags);
    await page.getByLabel(words.chestPain).check();
    await page.getByRole('button', { name: words.next }).click();
    // Chest pain settles it: the ambulance banner, in the language, with the country's number.
    const call = page.getByRole('link', { name: words.emergencyCall });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:112');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('112');
    expect(main).not.toMatch(/\b999\b|\b911\b|NHS|\bGP\b/);
    await page.screenshot({ path: `${docs}screenshot-verdict-${words.lang}-phone.png`, fullPage: true });

    // Same-day care names the country's services in the language.
    await page.goto(verdictPath(FEVER_SWELLING));
    await page.getByText(words.doctor).first().waitFor();

    await page.goto(verdictPath(CALF_SELF_CARE));
    await page.getByRole('link', { name: words.startSession }).click();
    await expectHeading(page, words.session);
    await page.getByRole('button', { name: words.spokenCues }).click();
    await page.getByRole('button', { name: words.start, exact: true }).click();
    await page.getByText(words.getReady).first().waitFor();
    expect(await page.getByTestId('cue-caption').textContent()).not.toBe('');
    // Spoken cues speak the page's words in the page's language.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __said: { text: string; lang: string }[] }).__said[0]))
      .toEqual({ text: words.spokenReady, lang: words.lang });
    // The technique's drawing is named in the language too (its accessible name).
    const sessionWords = JSON.parse(
      readFileSync(new URL(`../src/core/i18n/catalog/web-session/${words.lang}.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const illustrations = Object.entries(sessionWords).filter(([key]) => key.startsWith('session.illustration.'));
    const named = await page.locator('svg.technique-art').getAttribute('aria-label');
    expect(illustrations.map(([, text]) => text)).toContain(named);
    await page.screenshot({ path: `${docs}screenshot-session-${words.lang}-phone.png`, fullPage: true });

    await page.goto('/journal');
    await expectHeading(page, words.journal);
    await page.getByRole('link', { name: words.addEntry }).waitFor();
    await expectLang(page, words.lang);

    // The clinician report the web links to comes in the page's language.
    await page.goto('/reports');
    const reportHref = await page.locator('a[href*="report.html"]').getAttribute('href');
    expect(reportHref).toContain(`lang=${words.lang}`);
    await page.goto(reportHref ?? '');
    await page.getByRole('heading', { name: words.report }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(words.lang);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe-clean with the right lang on home, questionnaire, verdict and settings, and says the translation is unreviewed', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, words.browser);
    const page = await context.newPage();
    for (const path of ['/', '/assess?step=where', verdictPath(CALF_SELF_CARE), '/settings']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await expectLang(page, words.lang);
      expect({ path, violations: await findAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    await expectHeading(page, words.settings);
    await page.getByText(words.unreviewed).waitFor();
    await context.close();
  });
});

describe('the language switch', () => {
  it('follows the browser until a language is chosen in Settings, then remembers it', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, 'es-ES');
    const page = await context.newPage();
    await page.goto('/settings');
    await expectHeading(page, 'Ajustes');
    await page.getByLabel('Deutsch').check();
    await expectHeading(page, 'Einstellungen');
    await expectLang(page, 'de');
    await page.goto('/');
    await expectHeading(page, 'Sollten Sie diesen Krampf massieren?');
    await page.goto('/settings');
    await page.getByLabel('English (UK)').check();
    await expectHeading(page, 'Settings');
    await expectLang(page, 'en-GB');
    // en-GB is the reviewed source: no "machine translated" line.
    expect(await page.getByText(/not yet been reviewed by a clinician/).count()).toBe(0);
    expect(await page.getByLabel('English (US)').count()).toBe(1);
    expect(await page.getByText(/en-XA|\[Ś/).count()).toBe(0);
    await context.close();
  });
});

const COUNTRIES = [
  { name: 'United Kingdom — 999', number: '999', sameDay: /NHS 111/ },
  { name: 'United States — 911', number: '911', sameDay: /urgent care/ },
  { name: 'Spain — 112', number: '112', sameDay: /urgent care at your health centre/ },
  { name: 'Germany — 112', number: '112', sameDay: /116 117/ },
] as const;

describe('the country in Settings', () => {
  it.each(COUNTRIES)('gives $name and its care words on the verdict', async (country) => {
    const context = await openLocalised(harness.browser, harness.server.url, 'en-GB');
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel(country.name).check();
    await page.goto(verdictPath({ region: 'calf', signs: ['chest-pain'] }));
    const call = page.locator('main a[href^="tel:"]').first();
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe(`tel:${country.number}`);
    await page.goto(verdictPath(FEVER_SWELLING));
    await page.getByText(country.sameDay).first().waitFor();
    await context.close();
  });
});

describe.each(['en-US', 'en-XA'])('axe in %s', (lang) => {
  it('finds no violation on home, questionnaire, verdict, session, journal and settings', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, 'en-GB');
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    for (const path of [
      '/',
      '/assess?step=where',
      verdictPath(CALF_SELF_CARE),
      `/session?s=${encodeURIComponent(JSON.stringify(CALF_SELF_CARE))}`,
      '/journal',
      '/settings',
    ]) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await expectLang(page, lang);
      expect({ path, violations: await findAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});

describe('the pseudo-locale at 390 px', () => {
  it('clips no button and overflows no page with text 40 % longer and accented', async () => {
    const context = await openLocalised(harness.browser, harness.server.url, 'en-GB');
    const page = await context.newPage();
    await page.goto('/?lang=en-XA');
    await expectLang(page, 'en-XA');
    const pages = [
      '/',
      '/assess?fresh=1&now=1',
      verdictPath(CALF_SELF_CARE),
      verdictPath({ region: 'calf', signs: ['chest-pain'] }),
      `/session?s=${encodeURIComponent(JSON.stringify(CALF_SELF_CARE))}`,
      '/journal',
      '/settings',
    ];
    for (const path of pages) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      // The pseudo-locale's brackets show every message came from a catalog.
      expect(await page.locator('main h1').first().textContent()).toMatch(/^\[/);
      expect({ path, overflow: await findOverflow(page) }).toEqual({ path, overflow: [] });
    }
    await page.screenshot({ path: `${docs}screenshot-settings-pseudo-phone.png`, fullPage: true });
    await context.close();
  });
});
