/**
 * Words and table cells that the PDF and the HTML report share, so both say the same thing the same way, in the
 * report's language (namespace `report`; en-GB by default, which is today's text exactly).
 */
import type { Translator } from '../../core/i18n/translator';
import type { ResponseRow } from './report-analysis';
import type { ReportEpisodeRow, ReportModel, ReportVerdict } from './report-model';
import { reportDay, reportNumber, SOURCE_REPORT_TRANSLATOR } from './report-words';

const T = SOURCE_REPORT_TRANSLATOR;

/** "Jane Doe · born 1958-04-12 · ID 943 476 5919": only what the person gave; null for nothing. */
export function describePatient(model: ReportModel, t: Translator = T): string | null {
  const patient = model.patient;
  if (!patient) return null;
  const parts = [
    patient.name,
    patient.dateOfBirth ? t.t('report.patient.born', { date: reportDay(t, patient.dateOfBirth) }) : undefined,
    patient.identifier ? t.t('report.patient.id', { id: patient.identifier }) : undefined,
  ].filter((part): part is string => part !== undefined);
  return t.t('report.patient', { details: parts.join(' · ') });
}

/** Why the trend charts start after the period does, or null when they span it all. */
export function describeTrendStart(model: ReportModel, t: Translator = T): string | null {
  if (!model.noEpisodesBefore) return null;
  return t.t('report.trend-start', {
    first: reportDay(t, model.noEpisodesBefore),
    from: reportDay(t, model.from),
    week: reportDay(t, model.weekly[0]?.weekStart ?? model.noEpisodesBefore),
  });
}

const RESPONSE_KEYS = ['technique', 'n', 'before', 'after', 'drop', 'improved'] as const;
export const responseHeaders = (t: Translator = T) => RESPONSE_KEYS.map((key) => t.t(`report.response.header.${key}`));
export const RESPONSE_HEADERS = responseHeaders();

/** A median drop with its order-statistic interval; "too few" below 3 ratings, the true coverage below 6. */
export function describeDrop(row: ResponseRow, t: Translator = T): string {
  if (!row.drop) return t.t('report.response.too-few');
  const { median, lower, upper, coverage } = row.drop;
  const values = {
    median: reportNumber(t, median),
    lower: reportNumber(t, lower),
    upper: reportNumber(t, upper),
    coverage: Math.floor(coverage * 100),
  };
  return coverage >= 0.95 ? t.t('report.response.drop', values) : t.t('report.response.drop-coverage', values);
}

export function responseCells(row: ResponseRow, t: Translator = T): string[] {
  return [
    row.what,
    String(row.n),
    reportNumber(t, row.medianBefore),
    reportNumber(t, row.medianAfter),
    describeDrop(row, t),
    t.t('report.response.improved', { improved: row.improved, n: row.n }),
  ];
}

export const responseNote = (t: Translator = T) => t.t('report.response.note');
export const RESPONSE_NOTE = responseNote();

const VERDICT_KEYS = ['when', 'where', 'care', 'massage', 'rules'] as const;
export const verdictHeaders = (t: Translator = T) => VERDICT_KEYS.map((key) => t.t(`report.verdict.header.${key}`));
export const VERDICT_HEADERS = verdictHeaders();

export function verdictCells(verdict: ReportVerdict): string[] {
  return [verdict.at, verdict.site, verdict.care, verdict.massage, verdict.rules.join(', ') || '-'];
}

export function describeVerdictCount(model: ReportModel, t: Translator = T): string {
  return model.verdicts.length === 0
    ? t.t('report.verdict.none')
    : t.t('report.verdict.count', { count: model.verdicts.length });
}

/** The episode table's columns: stable keys (for widths and alignment) with their header in the report's language. */
export const EPISODE_COLUMNS = [
  'when',
  'where',
  'duration',
  'severity',
  'context',
  'self-care',
  'pain',
  'response',
  'verdict',
] as const;
export const episodeHeaders = (t: Translator = T) => EPISODE_COLUMNS.map((key) => t.t(`report.episode.header.${key}`));
export const EPISODE_HEADERS = episodeHeaders();

export function episodeCells(row: ReportEpisodeRow): string[] {
  return [
    row.when,
    row.site,
    row.duration,
    row.intensity,
    row.context,
    row.actions,
    row.pain,
    row.response,
    row.verdict,
  ];
}
