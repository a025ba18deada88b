/**
 * The one place the CLI gets an assessment in the run's language and country: D1's assessSituationIn (decision 0031)
 * with the `assessment`, `care`, `labels`, `plan` and `knowledge` namespaces, and the care banner by careLevelLabelIn.
 * en-GB with UK care words takes today's engine and labels untouched (the same bytes, and nothing more to load).
 */
import { ASSESSMENT_NAMESPACES, assessSituationIn } from '../../core/assess/assess-in';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Assessment } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import { careLevelLabelIn } from '../../core/messages/care-words';
import { CARE_LEVEL_LABELS, type CareLevelLabel } from '../../core/messages/labels';
import type { Situation } from '../../core/situation';
import { type CliLanguage, cliTranslator, isSourceLanguage } from './cli-language';

/** The translator for commands that show an assessment: `cli` plus the assessment's namespaces when needed. */
export function assessmentTranslator(language: CliLanguage, extra: readonly string[] = []): Promise<Translator> {
  return cliTranslator(isSourceLanguage(language) ? extra : [...ASSESSMENT_NAMESPACES, ...extra]);
}

/** The assessment in the run's words (today's engine for en-GB with UK care words). */
export function assessForCli(situation: Situation, language: CliLanguage, t: Translator): Assessment {
  return isSourceLanguage(language) ? assessSituation(situation) : assessSituationIn(situation, t, language.place);
}

/** The care banner in the run's words; the neutral label for en-GB with UK words (today's text). */
export function careLabelFor(
  assessment: Pick<Assessment, 'care'>,
  language: CliLanguage,
  t: Translator,
): CareLevelLabel {
  return isSourceLanguage(language)
    ? CARE_LEVEL_LABELS[assessment.care]
    : careLevelLabelIn(t, assessment.care, language.place);
}
