/**
 * The one place the CLI turns an assessment's texts (written in en-GB with UK care words) into the run's language
 * and country. Today: the country's care words (careLevelLabelFor, localiseCareText from care-words.ts). The
 * assessment and plan texts in es, de and en-US are D1's `localise` work (branch s24-i18n-core): when it lands, this
 * file is where it is called, and nothing else in the CLI changes. en-GB with UK care words is returned untouched.
 */
import type { Assessment, CitedText } from '../../core/assessment';
import { careLevelLabelFor, localiseCareText } from '../../core/messages/care-words';
import { CARE_LEVEL_LABELS, type CareLevelLabel } from '../../core/messages/labels';
import { type CliLanguage, isSourceLanguage } from './cli-language';

const cited = <T extends CitedText>(item: T, rewrite: (text: string) => string): T => ({
  ...item,
  text: rewrite(item.text),
});

/** The assessment with its texts in the run's care words (the same object for en-GB with UK words). */
export function localiseAssessment(assessment: Assessment, language: CliLanguage): Assessment {
  if (isSourceLanguage(language)) return assessment;
  const rewrite = (text: string) => localiseCareText(text, language.place);
  return {
    ...assessment,
    reasons: assessment.reasons.map((reason) => ({ ...reason, text: rewrite(reason.text) })),
    factors: assessment.factors.map((factor) => ({ ...factor, why: rewrite(factor.why) })),
    avoid: assessment.avoid.map((item) => ({ ...item, text: rewrite(item.text) })),
    worryIf: assessment.worryIf.map((item) => cited(item, rewrite)),
    expectedDuration: cited(assessment.expectedDuration, rewrite),
    ...(assessment.schedule ? { schedule: { ...assessment.schedule, text: rewrite(assessment.schedule.text) } } : {}),
  };
}

/** The care banner in the run's care words; the neutral label for en-GB with UK words (today's text). */
export function careLabelFor(assessment: Pick<Assessment, 'care'>, language: CliLanguage): CareLevelLabel {
  return isSourceLanguage(language)
    ? CARE_LEVEL_LABELS[assessment.care]
    : careLevelLabelFor(assessment.care, language.place);
}
