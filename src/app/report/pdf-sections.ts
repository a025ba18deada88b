/** The report's analysis sections in the PDF: alerts, latest assessment, triggers, effectiveness, history. */
import { COLORS, type Doc, drawHeading, drawParagraph, drawTable, ensureSpace } from './pdf-layout';
import type { ReportModel } from './report-model';
import { formatNumber } from './report-stats';

const percent = (value: number | null) => (value === null ? '-' : `${Math.round(value * 100)}%`);

export function drawAlerts(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Alerts raised');
  if (model.alerts.length === 0) drawParagraph(doc, 'No escalation alerts in this period.', { color: COLORS.muted });
  for (const alert of model.alerts) {
    ensureSpace(doc, 40);
    drawParagraph(doc, `• ${alert.text} ${alert.recommendation}`, { color: COLORS.alert });
    drawParagraph(doc, `  ${alert.evidence} Source: ${alert.source}`, { color: COLORS.muted, size: 8 });
  }
}

export function drawAssessment(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Latest assessment');
  const latest = model.latestAssessment;
  if (!latest) {
    drawParagraph(doc, 'No assessment was recorded in this period.', { color: COLORS.muted });
    return;
  }
  drawParagraph(doc, `${latest.at} · ${latest.site} · ${latest.care} · ${latest.massage}`);
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

export function drawEffects(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Massage and self-care effectiveness');
  drawParagraph(doc, 'Pain drop = pain before minus pain after (0-10 scale), from ratings the person entered.', {
    color: COLORS.muted,
    size: 8,
  });
  doc.moveDown(0.3);
  if (model.effects.length === 0) {
    drawParagraph(doc, 'No episodes with pain rated before and after self-care.', { color: COLORS.muted });
    return;
  }
  drawTable(
    doc,
    [
      { header: 'What was done', width: 200 },
      { header: 'Ratings', width: 50, align: 'right' },
      { header: 'Mean drop', width: 60, align: 'right' },
      { header: 'Median drop', width: 64, align: 'right' },
      { header: 'Improved', width: 55, align: 'right' },
      { header: 'Note', width: 70 },
    ],
    model.effects.map((row) => [
      row.what,
      String(row.ratings),
      formatNumber(row.meanPainDrop),
      formatNumber(row.medianPainDrop),
      percent(row.improvedShare),
      row.note,
    ]),
  );
}

export function drawHistory(doc: Doc, model: ReportModel): void {
  drawHeading(doc, 'Medications and conditions entered');
  drawParagraph(doc, `Medications: ${model.medications.length > 0 ? model.medications.join('; ') : 'none entered'}`);
  drawParagraph(doc, `Conditions: ${model.conditions.length > 0 ? model.conditions.join('; ') : 'none entered'}`);
}
