/**
 * The clinician report in Spanish and German (decision 0032): no English heading left in the HTML or the PDF, dates
 * and decimals by Intl, and the PDF layout facts of report-layout.test.ts still hold for German's longer words.
 * en-GB stays today's text: the catalog's data-heavy parts equal the labels they replaced.
 */
import { describe, expect, it } from 'vitest';
import { buildScheduleIcs } from '../../core/interop/ics';
import { buildEpisodeFixture } from '../../core/interop/journal-fixtures';
import { REGION_SHORT_LABELS } from '../../core/messages/labels';
import { ACTIONS, CONTEXTS, REGIONS } from '../../core/vocabulary-lists';
import { hasPoppler, readWords } from '../../test-support/pdf-pages';
import { PAGE } from './pdf-layout';
import { renderReportHtml } from './render-html';
import { renderReportPdf } from './render-pdf';
import { techniqueName } from './report-analysis';
import { buildReportModel } from './report-model';
import { loadReportTranslator, SOURCE_REPORT_TRANSLATOR } from './report-words';
import { buildClinicianSample, buildSampleJournal } from './sample-journal';

/** Every heading the en-GB report shows (sections, figures, tables, charts). */
const ENGLISH_HEADINGS = [
  'Muscle spasm journal: clinician report',
  'Summary',
  'Trends',
  'Alerts raised',
  'Safety assessments',
  'Response to massage and self-care, by technique',
  'Possible triggers',
  'Medications and conditions entered',
  'Episodes per',
  'Mean intensity',
  'Body regions',
  'Time of day',
  'Median duration',
  'How often',
  'Rules that fired',
  'Self-care',
  'Page 1 of',
];

const journal = buildClinicianSample().journal;
const input = { ...journal, from: '2026-01-01', to: '2026-11-30', generatedAt: '2026-12-01T09:00:00Z' };

async function report(locale: 'es' | 'de') {
  const translator = await loadReportTranslator(locale);
  const model = buildReportModel({ ...input, translator });
  return { translator, model, html: renderReportHtml(model, translator) };
}

describe('the report in Spanish and German', () => {
  it.each(['es', 'de'] as const)(
    '%s: HTML with lang, translated headings and no English heading left',
    async (locale) => {
      const { html } = await report(locale);
      expect(html).toContain(`<html lang="${locale}">`);
      const text = html.replace(/<[^>]+>/g, ' ');
      for (const heading of ENGLISH_HEADINGS) expect(text, heading).not.toContain(heading);
    },
  );

  it('writes Spanish and German headings, dates and decimals', async () => {
    const es = await report('es');
    expect(es.html).toContain('<h2>Resumen</h2>');
    expect(es.html).toContain('Posibles desencadenantes');
    expect(es.html).toContain('1 ene 2026');
    const de = await report('de');
    expect(de.html).toContain('<h2>Zusammenfassung</h2>');
    expect(de.html).toContain('Sicherheitseinschätzungen');
    expect(de.html).toContain('01.01.2026');
    expect(de.model.summary.frequency).toMatch(/^\d+(,\d)? pro Woche$|^\d+ Episoden? in \d+ Tag(en)?$/);
  });

  it('words the escalation alerts for the clinician in the language', async () => {
    const { model } = await report('de');
    for (const alert of model.alerts) {
      expect(alert.text).not.toMatch(/\b(episodes|lasted|against)\b/);
      expect(alert.guidance.length).toBeGreaterThan(10);
    }
  });

  it.skipIf(!hasPoppler()).each([
    ['de', 'Zusammenfassung', 'Seite'],
    ['es', 'Resumen', 'Página'],
  ] as const)(
    '%s PDF: no English heading, every word inside the margins, none over another',
    async (locale, summary, page) => {
      for (const sample of [journal, buildSampleJournal({ episodes: 400, startDay: '2026-01-01', days: 330 })]) {
        const translator = await loadReportTranslator(locale);
        const model = buildReportModel({
          ...sample,
          from: '2026-01-01',
          to: '2026-11-30',
          translator,
          generatedAt: input.generatedAt,
        });
        const pages = readWords(await renderReportPdf(model, { translator }));
        const all = pages.flatMap((page) => page.words.map((word) => word.text)).join(' ');
        for (const heading of ['Summary', 'Trends', 'Alerts raised', 'Possible triggers', 'Episodes per']) {
          expect(all, heading).not.toContain(heading);
        }
        expect(all).toContain(summary);
        expect(all).toContain(page);
        for (const [index, page] of pages.entries()) {
          const outside = page.words.filter(
            (w) =>
              w.xMin < PAGE.margin - 1 || w.xMax > page.width - PAGE.margin + 1 || w.yMin < 0 || w.yMax > page.height,
          );
          expect(outside, `page ${index + 1}`).toEqual([]);
          const overlapping: string[] = [];
          page.words.forEach((a, i) => {
            for (const b of page.words.slice(i + 1)) {
              const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
              const high = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
              if (wide > 1 && high > 1) overlapping.push(`${a.text} / ${b.text}`);
            }
          });
          expect(overlapping, `page ${index + 1}: words drawn over each other`).toEqual([]);
        }
      }
    },
    60_000,
  );
});

describe('the en-GB catalog is today’s text', () => {
  it('has the labels it replaced, id for id', () => {
    const t = SOURCE_REPORT_TRANSLATOR;
    for (const region of REGIONS) expect(t.t(`report.region.${region}`)).toBe(REGION_SHORT_LABELS[region]);
    for (const action of ACTIONS) {
      expect(t.t(`report.technique.${action}`)).toBe(techniqueName(action));
      expect(t.t(`report.action.${action}`)).toBe(action.replace(/-/g, ' '));
    }
    for (const context of CONTEXTS) expect(t.t(`report.context.${context}`)).toBe(context.replace(/-/g, ' '));
  });

  it('renders the same report with and without the source translator', () => {
    const model = buildReportModel({ ...input, episodes: [buildEpisodeFixture()], checkins: [], sessions: [] });
    expect(renderReportHtml(model, SOURCE_REPORT_TRANSLATOR)).toBe(renderReportHtml(model));
    expect(model.episodes[0]?.when).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

describe('calendar reminders in the language', () => {
  it('writes the .ics text in Spanish, keeping the RFC 5545 structure', async () => {
    const schedule = {
      guideline: 'mild' as const,
      text: 'Massage once a day.',
      source: 'article:frequency',
      sessionsPerDay: 2,
      sessionMinutes: 10,
      intervalDays: 1,
      occurrences: 7,
      stopRule: { text: 'Stop if it hurts more.', source: 'article:should-massage' },
    };
    const options = { start: new Date('2026-03-01T08:00:00Z'), timeZone: 'UTC', region: 'calf' as const };
    const english = buildScheduleIcs(schedule as never, options);
    const spanish = buildScheduleIcs(schedule as never, { ...options, translator: await loadReportTranslator('es') });
    expect(english).toContain('SUMMARY:Massage: calf (session 1 of 2)');
    expect(spanish).toContain('SUMMARY:Masaje: pantorrilla (sesión 1 de 2)');
    expect(spanish).toContain('X-WR-CALNAME:Recordatorios de Knead');
    expect(spanish).toContain('Duración de la sesión: 10 min.');
    expect(spanish.split('\r\n').filter((line) => line.startsWith('RRULE:'))).toEqual(
      english.split('\r\n').filter((line) => line.startsWith('RRULE:')),
    );
  });
});
