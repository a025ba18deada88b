/** Words and table cells that the PDF and the HTML report share, so both say the same thing the same way. */
import { countOf } from '../../core/messages/labels';
import type { ResponseRow } from './report-analysis';
import type { ReportEpisodeRow, ReportModel, ReportVerdict } from './report-model';
import { formatNumber } from './report-stats';

/** "Jane Doe · born 1958-04-12 · ID 943 476 5919": only what the person gave; null for nothing. */
export function describePatient(model: ReportModel): string | null {
  const patient = model.patient;
  if (!patient) return null;
  const parts = [
    patient.name,
    patient.dateOfBirth ? `born ${patient.dateOfBirth}` : undefined,
    patient.identifier ? `ID ${patient.identifier}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return `Patient: ${parts.join(' · ')}`;
}

/** Why the trend charts start after the period does, or null when they span it all. */
export function describeTrendStart(model: ReportModel): string | null {
  if (!model.noEpisodesBefore) return null;
  return (
    `The first episode of the period was on ${model.noEpisodesBefore}, none from ${model.from} until then: ` +
    `the charts start at its week (${model.weekly[0]?.weekStart ?? model.noEpisodesBefore}).`
  );
}

export const RESPONSE_HEADERS = [
  'Technique',
  'n',
  'Before (median)',
  'After (median)',
  'Median drop (95% CI)',
  'Improved',
] as const;

/** A median drop with its order-statistic interval; "too few" below 3 ratings, the true coverage below 6. */
export function describeDrop(row: ResponseRow): string {
  if (!row.drop) return 'too few';
  const { median, lower, upper, coverage } = row.drop;
  const interval = `${formatNumber(lower)} to ${formatNumber(upper)}`;
  return coverage >= 0.95
    ? `${formatNumber(median)} (${interval})`
    : `${formatNumber(median)} (${interval}, ${Math.floor(coverage * 100)}% CI)`;
}

export function responseCells(row: ResponseRow): string[] {
  return [
    row.what,
    String(row.n),
    formatNumber(row.medianBefore),
    formatNumber(row.medianAfter),
    describeDrop(row),
    `${row.improved} of ${row.n}`,
  ];
}

export const RESPONSE_NOTE =
  'Pain 0-10 as rated by the patient before and after each use. Drop = before minus after (positive = less pain); ' +
  'the interval is distribution-free (binomial order statistics). An episode with several techniques counts for each.';

export const VERDICT_HEADERS = ['When', 'Where', 'Care', 'Massage', 'Rules that fired'] as const;

export function verdictCells(verdict: ReportVerdict): string[] {
  return [verdict.at, verdict.site, verdict.care, verdict.massage, verdict.rules.join(', ') || '-'];
}

export function describeVerdictCount(model: ReportModel): string {
  return model.verdicts.length === 0
    ? 'No safety assessment was recorded with an episode in this period.'
    : `${countOf(model.verdicts.length, 'safety assessment')} recorded with episodes in this period, oldest first. ` +
        'Red-flag rules are checked first and always decide the care level.';
}

export const EPISODE_HEADERS = [
  'When',
  'Where',
  'Duration',
  'Severity',
  'Context',
  'Self-care',
  'Pain b/a',
  'Response',
  'Verdict',
] as const;

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
