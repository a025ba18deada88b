/** The report's analysis sections in the PDF: alerts, safety assessments, response by technique, triggers, history. */
import { COLORS, type Doc, drawHeading, drawParagraph, drawTable, ensureSpace } from './pdf-layout';
import type { ReportModel } from './report-model';
import { formatNumber } from './report-stats';
import * as words from './report-text';

const percent = (value: number | null) => (value === null ? '-' : `${Math.round(value * 100)}%`);

export function drawAlerts(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Alerts raised');
  if (model.alerts.length === 0) drawParagraph(doc, 'No escalation alerts in this period.', { color: COLORS.muted });
  for (const alert of model.alerts) {
    ensureSpace(doc, 40);
    drawParagraph(doc, `• ${alert.text}`, { color: COLORS.alert });
    drawParagraph(doc, `  ${alert.guidance} Source: ${alert.source}`, { color: COLORS.muted, size: 8 });
  }
}

export function drawAssessment(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Safety assessments');
  drawParagraph(doc, words.describeVerdictCount(model), { color: COLORS.muted, size: 8 });
  const latest = model.latestAssessment;
  if (!latest) return;
  doc.moveDown(0.3);
  const widths = [70, 80, 110, 80, 159];
  drawTable(
    doc,
    words.VERDICT_HEADERS.map((header, i) => ({ header, width: widths[i] ?? 60, wrap: true })),
    model.verdicts.map(words.verdictCells),
  );
  doc.moveDown(0.3);
  drawParagraph(doc, `Latest: ${latest.at} · ${latest.site} · ${latest.care} · ${latest.massage}`);
  for (const reason of latest.reasons) {
    ensureSpace(doc, 24);
    drawParagraph(doc, `• ${reason.text}`);
    drawParagraph(doc, `  Source: ${reason.source}`, { color: COLORS.muted, size: 8 });
  }
}

export function drawTriggers(doc: Doc, model: ReportModel): void {
  ensureSpace(doc, 140);
  drawHeading(doc, 'Possible triggers');
  drawParagraph(
    doc,
    'Share of check-in days with an episode, on days with vs without each factor, and the relative risk with its 95% ' +
      'interval. Associations are not causes; below the minimum sample only counts are shown.',
    { color: COLORS.muted, size: 8 },
  );
  doc.moveDown(0.3);
  if (model.triggers.length === 0) {
    drawParagraph(doc, 'No contexts or check-ins were recorded in this period.', { color: COLORS.muted });
    return;
  }
  drawTable(
    doc,
    [
      { header: 'Factor', width: 128 },
      { header: 'Episodes', width: 40, align: 'right' },
      { header: 'With: ep. days', width: 80, align: 'right' },
      { header: 'Without', width: 80, align: 'right' },
      { header: 'RR (95% CI)', width: 70, align: 'right' },
      { header: 'Reading', width: 101 },
    ],
    model.triggers.map((row) => {
      const c = row.comparison;
      return [
        row.factor,
        row.isContext ? String(row.episodesWithFactor) : '-',
        c ? `${c.episodeDaysWith}/${c.daysWith} (${percent(c.rateWith)})` : '-',
        c ? `${c.episodeDaysWithout}/${c.daysWithout} (${percent(c.rateWithout)})` : '-',
        c ? `${formatNumber(c.relativeRisk, 2)} (${formatNumber(c.ci95[0], 2)}-${formatNumber(c.ci95[1], 2)})` : '-',
        row.note,
      ];
    }),
  );
}

export function drawResponses(doc: Doc, model: ReportModel): void {
  ensureSpace(doc, 100);
  drawHeading(doc, 'Response to massage and self-care, by technique');
  drawParagraph(doc, words.RESPONSE_NOTE, { color: COLORS.muted, size: 8 });
  doc.moveDown(0.3);
  if (model.responses.length === 0) {
    drawParagraph(doc, 'No episode or session had pain rated before and after.', { color: COLORS.muted });
    return;
  }
  const widths = [150, 30, 72, 72, 115, 60];
  drawTable(
    doc,
    words.RESPONSE_HEADERS.map((header, i) => ({
      header,
      width: widths[i] ?? 60,
      ...(i > 0 ? { align: 'right' as const } : {}),
    })),
    model.responses.map(words.responseCells),
  );
}

export function drawHistory(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Medications and conditions entered');
  drawParagraph(doc, `Medications: ${model.medications.length > 0 ? model.medications.join('; ') : 'none entered'}`);
  drawParagraph(doc, `Conditions: ${model.conditions.length > 0 ? model.conditions.join('; ') : 'none entered'}`);
}
