/** Renders the clinician report model to a PDF (pdfkit, built-in Helvetica, vector charts). */

import type { Translator } from '../../core/i18n/translator';
import { bucketSeries, type ChartGeometry, drawBarChart, drawHorizontalBars, drawLineChart } from './pdf-charts';
import {
  COLORS,
  CONTENT_WIDTH,
  collectDocument,
  createDocument,
  type Doc,
  drawFooters,
  drawHeading,
  drawParagraph,
  drawTable,
  ensureSpace,
  PAGE,
  pdfText,
} from './pdf-layout';
import { drawAlerts, drawAssessment, drawHistory, drawResponses, drawTriggers } from './pdf-sections';
import type { ReportModel } from './report-model';
import { describePatient, describeTrendStart, EPISODE_COLUMNS, episodeCells, episodeHeaders } from './report-text';
import { reportDay, reportNumber, SOURCE_REPORT_TRANSLATOR } from './report-words';

export interface RenderPdfOptions {
  /** Receives where each trend chart's marks landed (the layout test checks them against the page image). */
  charts?: ChartGeometry[];
  /** The report's language: the same translator the model was built with (en-GB by default). */
  translator?: Translator;
}

/**
 * Renders the report as a PDF buffer.
 * @example const pdf = await renderReportPdf(buildReportModel(input)); // Buffer starting with %PDF
 */
export async function renderReportPdf(model: ReportModel, options: RenderPdfOptions = {}): Promise<Buffer> {
  const t = options.translator ?? SOURCE_REPORT_TRANSLATOR;
  const range = { from: reportDay(t, model.from), to: reportDay(t, model.to) };
  const doc = createDocument(t.t('report.document-title', range), {
    subject: t.t('report.document-subject'),
    lang: t.lang,
  });
  const done = collectDocument(doc);
  drawTitle(doc, model, t);
  drawSummary(doc, model, t);
  const charts = drawCharts(doc, model, t);
  options.charts?.push(...charts);
  drawAlerts(doc, model, t);
  drawAssessment(doc, model, t);
  drawResponses(doc, model, t);
  drawTriggers(doc, model, t);
  drawHistory(doc, model, t);
  drawEpisodes(doc, model, t);
  drawFooters(doc, model.disclaimer, {
    line: t.t('report.footer', { ...range, generated: generatedAt(t, model.generatedAt) }),
    page: (page, pages) => t.t('report.footer.page', { page, pages }),
  });
  doc.end();
  return done;
}

/** "2026-12-01 09:00" (UTC) in en-GB; the locale's short date and time elsewhere. */
function generatedAt(t: Translator, instant: string): string {
  if (t.locale === 'en-GB' || t.locale === 'en-XA') return instant.slice(0, 16).replace('T', ' ');
  return t.date(Date.parse(instant), { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
}

function drawTitle(doc: Doc, model: ReportModel, t: Translator): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor(COLORS.text)
    .text(pdfText(t.t('report.title')), PAGE.margin, PAGE.margin);
  const patient = describePatient(model, t);
  if (patient)
    doc.font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text(pdfText(patient), { width: CONTENT_WIDTH });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(COLORS.muted)
    .text(
      pdfText(
        t.t('report.period-pdf', {
          from: reportDay(t, model.from),
          to: reportDay(t, model.to),
          days: model.days,
          generated: reportDay(t, model.generatedAt.slice(0, 10)),
        }),
      ),
    );
  doc.text(pdfText(t.t('report.self-recorded-pdf')));
}

function drawSummary(doc: Doc, model: ReportModel, t: Translator): void {
  drawHeading(doc, t.t('report.heading.summary'));
  const s = model.summary;
  const figures: [string, string][] = [
    [t.t('report.figure.episodes'), String(s.episodes)],
    [t.t('report.figure.how-often'), s.frequency],
    [
      t.t('report.figure.median-duration'),
      s.medianDurationMinutes === null
        ? '-'
        : t.t('report.minutes', { minutes: reportNumber(t, s.medianDurationMinutes) }),
    ],
    [
      t.t('report.figure.median-intensity'),
      s.medianIntensity === null ? '-' : `${reportNumber(t, s.medianIntensity)}/10`,
    ],
  ];
  const width = CONTENT_WIDTH / figures.length;
  const y = doc.y + 2;
  figures.forEach(([label, value], i) => {
    const x = PAGE.margin + i * width;
    doc.rect(x + 2, y, width - 4, 42).fill(COLORS.fill);
    doc.font('Helvetica-Bold');
    // A long figure ("2 episodes in 1 day") shrinks to fit its box rather than run into the next one.
    let size = 16;
    while (size > 8 && doc.fontSize(size).widthOfString(value) > width - 20) size -= 1;
    doc
      .fontSize(size)
      .fillColor(COLORS.text)
      .text(pdfText(value), x + 10, y + 6, { width: width - 20, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(pdfText(label), x + 10, y + 27, { width: width - 20, lineBreak: false });
  });
  doc.y = y + 50;
  if (s.meanIntensity !== null)
    drawParagraph(doc, t.t('report.mean-intensity', { mean: reportNumber(t, s.meanIntensity), episodes: s.episodes }), {
      color: COLORS.muted,
    });
  const half = (CONTENT_WIDTH - 20) / 2;
  const top = doc.y + 22;
  const rows = Math.max(4, Math.min(8, s.regions.length));
  const none = t.t('report.episodes.none');
  drawHorizontalBars(
    doc,
    { x: PAGE.margin, y: top, width: half, height: rows * 16 },
    t.t('report.chart.regions'),
    s.regions,
    none,
  );
  drawHorizontalBars(
    doc,
    { x: PAGE.margin + half + 20, y: top, width: half, height: 64 },
    t.t('report.chart.time-of-day'),
    s.timesOfDay,
    none,
  );
  doc.y = top + rows * 16 + 6;
  doc.x = PAGE.margin;
}

function drawCharts(doc: Doc, model: ReportModel, t: Translator): ChartGeometry[] {
  ensureSpace(doc, 250);
  drawHeading(doc, t.t('report.heading.trends'));
  const start = describeTrendStart(model, t);
  if (start) drawParagraph(doc, start, { color: COLORS.muted, size: 8 });
  const perWeek = bucketSeries(
    model.weekly.map((week) => ({ label: week.weekStart, value: week.episodes })),
    104,
    'sum',
  );
  const weeksPerBar = Math.ceil(model.weekly.length / Math.max(1, perWeek.length));
  const box = { x: PAGE.margin + 28, y: doc.y + 18, width: CONTENT_WIDTH - 28, height: 80 };
  const bars = drawBarChart(doc, box, t.t('report.chart.episodes-per-weeks', { weeks: weeksPerBar }), perWeek);
  const trend = bucketSeries(
    model.weekly.map((week) => ({ label: week.weekStart, value: week.meanIntensity })),
    104,
    'mean',
  );
  const lineBox = { ...box, y: box.y + box.height + 36 };
  const line = drawLineChart(doc, lineBox, t.t('report.chart.intensity-per-weeks', { weeks: weeksPerBar }), trend);
  doc.y = lineBox.y + lineBox.height + 16;
  doc.x = PAGE.margin;
  return [bars, line];
}

function drawEpisodes(doc: Doc, model: ReportModel, t: Translator): void {
  drawHeading(doc, t.t('report.heading.episodes', { count: model.summary.episodes }));
  if (model.episodes.length === 0) {
    drawParagraph(doc, t.t('report.episodes.none'), { color: COLORS.muted });
    return;
  }
  if (model.episodesNotListed > 0) {
    drawParagraph(
      doc,
      t.t('report.episodes.not-listed-pdf', { listed: model.episodes.length, earlier: model.episodesNotListed }),
      { color: COLORS.muted, size: 8 },
    );
    doc.moveDown(0.3);
  }
  const widths = [70, 62, 40, 38, 92, 70, 40, 44, 43];
  const headers = episodeHeaders(t);
  drawTable(
    doc,
    EPISODE_COLUMNS.map((column, i) => ({
      header: headers[i] ?? column,
      width: widths[i] ?? 40,
      ...(column === 'duration' || column === 'severity' ? { align: 'right' as const } : {}),
      // Headers wrap where a language's word is longer than its column (German "Selbstbehandlung").
      ...(['where', 'context', 'self-care', 'verdict'].includes(column) ? { wrap: true } : {}),
    })),
    model.episodes.map(episodeCells),
    { details: model.episodes.map((row) => (row.notes ? t.t('report.notes', { notes: row.notes }) : '')) },
  );
}
