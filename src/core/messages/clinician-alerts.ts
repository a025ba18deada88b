/**
 * The escalation findings worded for the clinician who reads the report: third person, with the counts behind
 * each, and the guidance it rests on. The app keeps its own words for the person (insights/alerts.ts).
 */
import type { AlertFinding } from '../insights/types';
import { countOf, formatNumber } from './numbers';

export interface ClinicianAlert {
  /** What was found, with its counts: "3 of 12 leg cramps lasted over 10 minutes …". */
  text: string;
  /** The guidance that makes it worth a review. */
  guidance: string;
}

/**
 * @example describeAlertForClinician({ id: 'more-frequent', recent: 9, previous: 2, windowDays: 28, source: 'mayo:muscle-cramp' }).text
 * // 'Episodes are more frequent: 9 in the last 28 days of the period against 2 in the 28 days before.'
 */
export function describeAlertForClinician(finding: AlertFinding): ClinicianAlert {
  switch (finding.id) {
    case 'more-frequent':
      return {
        text:
          `Episodes are more frequent: ${finding.recent} in the last ${finding.windowDays} days of the period ` +
          `against ${finding.previous} in the ${finding.windowDays} days before.`,
        guidance: 'Frequent or recurring cramps warrant a clinical review.',
      };
    case 'long-episodes':
      return {
        text:
          `${finding.long} of ${countOf(finding.legEpisodes, 'leg cramp episode')} lasted longer than 10 minutes ` +
          `(longest ${formatNumber(finding.longestMinutes)} min, latest on ${finding.latestDay}).`,
        guidance: 'Leg cramps lasting longer than 10 minutes should be assessed by a doctor.',
      };
    case 'not-improving':
      return {
        text:
          `No improvement with regular massage: the patient massaged on ${countOf(finding.massageDays, 'day')} of ` +
          `the last ${finding.windowDays}, and none of the ${countOf(finding.episodesSince, 'episode')} since was ` +
          'reported better.',
        guidance: 'Spasms persisting after several days of regular self-care need a professional opinion.',
      };
    case 'worse-after-massage':
      return {
        text: `Pain got worse with massage in ${worseCounts(finding)}.`,
        guidance: 'Pain that intensifies with massage calls for medical advice before further massage.',
      };
  }
}

function worseCounts(finding: Extract<AlertFinding, { id: 'worse-after-massage' }>): string {
  const parts: string[] = [];
  if (finding.episodes > 0)
    parts.push(`${finding.episodes} of ${countOf(finding.massagedEpisodes, 'massaged episode')}`);
  if (finding.sessions > 0) parts.push(`${finding.sessions} of ${countOf(finding.totalSessions, 'guided session')}`);
  return parts.join(' and ');
}
