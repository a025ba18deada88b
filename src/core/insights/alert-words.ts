/**
 * The words of the escalation findings (alerts.ts finds them, as counts): for the person in the app and the CLI,
 * and for the clinician who reads the report (third person, with the counts and the guidance behind each). Namespace
 * `insights`; en-GB by default, so today's callers get today's text. Wording only: no computation lives here.
 */
import insightsEnGb from '../i18n/compiled/insights/en-GB.js';
import { createTranslator, type Translator } from '../i18n/translator';
import { formatNumber } from '../messages/numbers';
import type { AlertFinding, EscalationAlert } from './types';

export const SOURCE_INSIGHTS_TRANSLATOR: Translator = createTranslator('en-GB', { insights: insightsEnGb });

export interface ClinicianAlert {
  /** What was found, with its counts: "3 of 12 leg cramps lasted over 10 minutes …". */
  text: string;
  /** The guidance that makes it worth a review. */
  guidance: string;
}

const isSource = (t: Translator) => t.locale === 'en-GB' || t.locale === 'en-XA';

/** A day (YYYY-MM-DD) as written today in en-GB, else in the locale's medium date. */
function day(t: Translator, value: string): string {
  if (isSource(t) || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return t.date(Date.parse(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** formatNumber's figure with the locale's decimal mark. */
function figure(t: Translator, value: number): string {
  const text = formatNumber(value);
  const mark = isSource(t) ? '.' : t.number(1.5).charAt(1);
  return mark === '.' ? text : text.replace('.', mark);
}

/**
 * @example describeAlertForClinician({ id: 'more-frequent', recent: 9, previous: 2, windowDays: 28, source: 'mayo:muscle-cramp' }).text
 * // 'Episodes are more frequent: 9 in the last 28 days of the period against 2 in the 28 days before.'
 */
export function describeAlertForClinician(
  finding: AlertFinding,
  t: Translator = SOURCE_INSIGHTS_TRANSLATOR,
): ClinicianAlert {
  const guidance = t.t(`insights.clinician.${finding.id}.guidance`);
  switch (finding.id) {
    case 'more-frequent':
    case 'not-improving':
      return { text: t.t(`insights.clinician.${finding.id}.text`, { ...finding }), guidance };
    case 'long-episodes':
      return {
        text: t.t('insights.clinician.long-episodes.text', {
          long: finding.long,
          legEpisodes: finding.legEpisodes,
          longest: figure(t, finding.longestMinutes),
          latestDay: day(t, finding.latestDay),
        }),
        guidance,
      };
    case 'worse-after-massage': {
      const which =
        finding.episodes > 0 && finding.sessions > 0 ? 'both' : finding.episodes > 0 ? 'episodes' : 'sessions';
      return { text: t.t(`insights.clinician.worse-after-massage.text.${which}`, { ...finding }), guidance };
    }
  }
}

/** The person's own words for a finding, as the app and the CLI show it (the report has describeAlertForClinician). */
export function describeEscalationAlert(
  finding: AlertFinding,
  t: Translator = SOURCE_INSIGHTS_TRANSLATOR,
): EscalationAlert {
  const see = t.t('insights.see-clinician');
  const { id: _id, source: _source, ...facts } = finding;
  const base = {
    id: finding.id,
    care: 'consultation' as const,
    source: finding.source,
    facts,
    text: t.t(`insights.alert.${finding.id}.text`),
    recommendation: `${t.t(`insights.alert.${finding.id}.recommendation`)} ${see}`,
  };
  switch (finding.id) {
    case 'more-frequent':
    case 'not-improving':
      return { ...base, evidence: t.t(`insights.alert.${finding.id}.evidence`, { ...finding }) };
    case 'long-episodes':
      return {
        ...base,
        evidence: t.t('insights.alert.long-episodes.evidence', {
          long: finding.long,
          latestDay: day(t, finding.latestDay),
        }),
      };
    case 'worse-after-massage': {
      const which =
        finding.episodes > 0 && finding.sessions > 0 ? 'both' : finding.episodes > 0 ? 'episodes' : 'sessions';
      return { ...base, evidence: t.t(`insights.alert.worse-after-massage.evidence.${which}`, { ...finding }) };
    }
  }
}

/**
 * An alert as GET /insights answered it, in another translator's words: from its facts when it carries them, else
 * what and what to do by its id, with the evidence as it was worded.
 * @example rewordEscalationAlert(alert, SOURCE_INSIGHTS_TRANSLATOR) // the en-GB alert again
 */
export function rewordEscalationAlert(alert: EscalationAlert, t: Translator): EscalationAlert {
  if (alert.facts)
    return describeEscalationAlert({ ...alert.facts, id: alert.id, source: alert.source } as AlertFinding, t);
  return {
    ...alert,
    text: t.t(`insights.alert.${alert.id}.text`),
    recommendation: `${t.t(`insights.alert.${alert.id}.recommendation`)} ${t.t('insights.see-clinician')}`,
  };
}
