/** The report's analysis sections in the PDF: alerts, safety assessments, response by technique, triggers, history. */
import type { Translator } from '../../core/i18n/translator';
import { COLORS, type Doc, drawHeading, drawParagraph, drawTable, ensureSpace } from './pdf-layout';
import type { ReportModel } from './report-model';
import * as words from './report-text';
import { reportNumber, SOURCE_REPORT_TRANSLATOR } from './report-words';

const T = SOURCE_REPORT_TRANSLATOR;
const percent = (t: Translator, value: number | null) =>
  value === null ? '-' : t.t('report.percent', { percent: Math.round(value * 100) });

export function drawAlerts(doc: Doc, model: ReportModel, t: Translator = T): void {
  drawHeading(doc, t.t('report.heading.alerts'));
  if (model.alerts.length === 0) drawParagraph(doc, t.t('report.alerts.none'), { color: COLORS.muted });
  for (const alert of model.alerts) {
    ensureSpace(doc, 40);
    drawParagraph(doc, `• ${alert.text}`, { color: COLORS.alert });
    drawParagraph(doc, `  ${t.t('report.alerts.guidance', { guidance: alert.guidance, source: alert.source })}`, {
      color: COLORS.muted,
      size: 8,
    });
  }
}

export function drawAssessment(doc: Doc, model: ReportModel, t: Translator = T): void {
  drawHeading(doc, t.t('report.heading.assessments'));
  drawParagraph(doc, words.describeVerdictCount(model, t), { color: COLORS.muted, size: 8 });
  const latest = model.latestAssessment;
  if (!latest) return;
  doc.moveDown(0.3);
  const widths = [70, 80, 110, 80, 159];
  drawTable(
    doc,
    words.verdictHeaders(t).map((header, i) => ({ header, width: widths[i] ?? 60, wrap: true })),
    model.verdicts.map(words.verdictCells),
  );
  doc.moveDown(0.3);
  drawParagraph(
    doc,
    t.t('report.latest', { at: latest.at, site: latest.site, care: latest.care, massage: latest.massage }),
  );
  for (const reason of latest.reasons) {
    ensureSpace(doc, 24);
    drawParagraph(doc, `• ${reason.text}`);
    drawParagraph(doc, `  ${t.t('report.source', { source: reason.source })}`, { color: COLORS.muted, size: 8 });
  }
}

export function drawTriggers(doc: Doc, model: ReportModel, t: Translator = T): void {
  ensureSpace(doc, 140);
  drawHeading(doc, t.t('report.heading.triggers'));
  drawParagraph(doc, t.t('report.triggers.note-pdf'), { color: COLORS.muted, size: 8 });
  doc.moveDown(0.3);
  if (model.triggers.length === 0) {
    drawParagraph(doc, t.t('report.triggers.none'), { color: COLORS.muted });
    return;
  }
  drawTable(
    doc,
    [
      { header: t.t('report.trigger.header.factor'), width: 128 },
      { header: t.t('report.trigger.header.episodes'), width: 40, align: 'right' },
      { header: t.t('report.trigger.header.with-pdf'), width: 80, align: 'right' },
      { header: t.t('report.trigger.header.without-pdf'), width: 80, align: 'right' },
      { header: t.t('report.trigger.header.rr'), width: 70, align: 'right' },
      { header: t.t('report.trigger.header.reading'), width: 101 },
    ],
    model.triggers.map((row) => {
      const c = row.comparison;
      return [
        row.factor,
        row.isContext ? String(row.episodesWithFactor) : '-',
        c ? `${c.episodeDaysWith}/${c.daysWith} (${percent(t, c.rateWith)})` : '-',
        c ? `${c.episodeDaysWithout}/${c.daysWithout} (${percent(t, c.rateWithout)})` : '-',
        c
          ? `${reportNumber(t, c.relativeRisk, 2)} (${reportNumber(t, c.ci95[0], 2)}-${reportNumber(t, c.ci95[1], 2)})`
          : '-',
        row.note,
      ];
    }),
  );
}

export function drawResponses(doc: Doc, model: ReportModel, t: Translator = T): void {
  ensureSpace(doc, 100);
  drawHeading(doc, t.t('report.heading.responses'));
  drawParagraph(doc, words.responseNote(t), { color: COLORS.muted, size: 8 });
  doc.moveDown(0.3);
  if (model.responses.length === 0) {
    drawParagraph(doc, t.t('report.responses.none'), { color: COLORS.muted });
    return;
  }
  const widths = [150, 30, 72, 72, 115, 60];
  drawTable(
    doc,
    words.responseHeaders(t).map((header, i) => ({
      header,
      width: widths[i] ?? 60,
      ...(i > 0 ? { align: 'right' as const } : {}),
    })),
    model.responses.map((row) => words.responseCells(row, t)),
  );
}

export function drawHistory(doc: Doc, model: ReportModel, t: Translator = T): void {
  drawHeading(doc, t.t('report.heading.history'));
  const none = t.t('report.history.none');
  drawParagraph(doc, t.t('report.history.medications', { list: model.medications.join('; ') || none }));
  drawParagraph(doc, t.t('report.history.conditions', { list: model.conditions.join('; ') || none }));
}
