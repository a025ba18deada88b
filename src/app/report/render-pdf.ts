/** Renders the clinician report model to a PDF (pdfkit, built-in Helvetica, vector charts). */

import { countOf } from '../../core/messages/labels';
import { formatMinutes } from '../../core/messages/numbers';
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
import { formatNumber } from './report-stats';
import { describePatient, describeTrendStart, EPISODE_HEADERS, episodeCells } from './report-text';

export interface RenderPdfOptions {
  /** Receives where each trend chart's marks landed (the layout test checks them against the page image). */
  charts?: ChartGeometry[];
}

/**
 * Renders the report as a PDF buffer.
 * @example const pdf = await renderReportPdf(buildReportModel(input)); // Buffer starting with %PDF
 */
export async function renderReportPdf(model: ReportModel, options: RenderPdfOptions = {}): Promise<Buffer> {
  const doc = createDocument(`Knead report ${model.from} to ${model.to}`);
  const done = collectDocument(doc);
  drawTitle(doc, model);
  drawSummary(doc, model);
  const charts = drawCharts(doc, model);
  options.charts?.push(...charts);
  drawAlerts(doc, model);
  drawAssessment(doc, model);
  drawResponses(doc, model);
  drawTriggers(doc, model);
  drawHistory(doc, model);
  drawEpisodes(doc, model);
  drawFooters(doc, model.disclaimer, model.generatedAt.slice(0, 16).replace('T', ' '), `${model.from} to ${model.to}`);
  doc.end();
  return done;
}

function drawTitle(doc: Doc, model: ReportModel): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor(COLORS.text)
    .text('Muscle spasm journal: clinician report', PAGE.margin, PAGE.margin);
  const patient = describePatient(model);
  if (patient)
    doc.font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text(pdfText(patient), { width: CONTENT_WIDTH });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(COLORS.muted)
    .text(
      pdfText(
        `Period ${model.from} to ${model.to} (${countOf(model.days, 'day')}) · generated ${model.generatedAt.slice(0, 10)}`,
      ),
    );
  doc.text('Self-recorded by the patient in Knead. Times are local times as recorded.');
}

function drawSummary(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Summary');
  const s = model.summary;
  const figures: [string, string][] = [
    ['Episodes', String(s.episodes)],
    ['How often', s.frequency],
    ['Median duration', formatMinutes(s.medianDurationMinutes)],
    ['Median intensity', s.medianIntensity === null ? '-' : `${formatNumber(s.medianIntensity)}/10`],
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
      .text(value, x + 10, y + 6, { width: width - 20, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(label, x + 10, y + 27, { width: width - 20, lineBreak: false });
  });
  doc.y = y + 50;
  if (s.meanIntensity !== null)
    drawParagraph(doc, `Mean intensity ${formatNumber(s.meanIntensity)}/10 over ${countOf(s.episodes, 'episode')}.`, {
      color: COLORS.muted,
    });
  const half = (CONTENT_WIDTH - 20) / 2;
  const top = doc.y + 22;
  const rows = Math.max(4, Math.min(8, s.regions.length));
  drawHorizontalBars(doc, { x: PAGE.margin, y: top, width: half, height: rows * 16 }, 'Body regions', s.regions);
  drawHorizontalBars(doc, { x: PAGE.margin + half + 20, y: top, width: half, height: 64 }, 'Time of day', s.timesOfDay);
  doc.y = top + rows * 16 + 6;
  doc.x = PAGE.margin;
}

function drawCharts(doc: Doc, model: ReportModel): ChartGeometry[] {
  ensureSpace(doc, 250);
  drawHeading(doc, 'Trends');
  const start = describeTrendStart(model);
  if (start) drawParagraph(doc, start, { color: COLORS.muted, size: 8 });
  const perWeek = bucketSeries(
    model.weekly.map((week) => ({ label: week.weekStart, value: week.episodes })),
    104,
    'sum',
  );
  const weeksPerBar = Math.ceil(model.weekly.length / Math.max(1, perWeek.length));
  const box = { x: PAGE.margin + 28, y: doc.y + 18, width: CONTENT_WIDTH - 28, height: 80 };
  const bars = drawBarChart(
    doc,
    box,
    weeksPerBar > 1 ? `Episodes per ${weeksPerBar} weeks` : 'Episodes per week',
    perWeek,
  );
  const trend = bucketSeries(
    model.weekly.map((week) => ({ label: week.weekStart, value: week.meanIntensity })),
    104,
    'mean',
  );
  const lineBox = { ...box, y: box.y + box.height + 36 };
  const line = drawLineChart(
    doc,
    lineBox,
    weeksPerBar > 1 ? `Mean intensity (0-10), per ${weeksPerBar} weeks` : 'Mean intensity (0-10), per week',
    trend,
  );
  doc.y = lineBox.y + lineBox.height + 16;
  doc.x = PAGE.margin;
  return [bars, line];
}

function drawEpisodes(doc: Doc, model: ReportModel): void {
  drawHeading(doc, `Episodes (${model.summary.episodes})`);
  if (model.episodes.length === 0) {
    drawParagraph(doc, 'No episodes in this period.', { color: COLORS.muted });
    return;
  }
  if (model.episodesNotListed > 0) {
    drawParagraph(
      doc,
      `The most recent ${model.episodes.length} episodes are listed; ${model.episodesNotListed} earlier ones are ` +
        'counted in the summary and charts above (the CSV export lists every episode).',
      { color: COLORS.muted, size: 8 },
    );
    doc.moveDown(0.3);
  }
  const widths = [70, 62, 40, 38, 92, 70, 40, 44, 43];
  drawTable(
    doc,
    EPISODE_HEADERS.map((header, i) => ({
      header,
      width: widths[i] ?? 40,
      ...(header === 'Duration' || header === 'Severity' ? { align: 'right' as const } : {}),
      ...(['Where', 'Context', 'Self-care', 'Verdict'].includes(header) ? { wrap: true } : {}),
    })),
    model.episodes.map(episodeCells),
    { details: model.episodes.map((row) => (row.notes ? `Notes: ${row.notes}` : '')) },
  );
}
