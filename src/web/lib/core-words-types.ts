import type { Assessment } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import type { CarePlace } from '../../core/messages/care-words';
import type { LocalisedLabels } from '../../core/messages/label-tables';
import type { CareLevelLabel } from '../../core/messages/verdict-labels';
import type { CueWords } from '../../core/plan/plan-wording';
import type { WorseAdvice } from '../../core/plan/session-advice';
import type { Question } from '../../core/questionnaire/questions';
import type { Situation } from '../../core/situation';
import type { CareLevel } from '../../core/vocabulary';

/** The label tables the pages show (not all of LABEL_TABLES: the en-GB verdict link carries only these). */
export type WebLabels = Pick<
  LocalisedLabels,
  | 'region'
  | 'side'
  | 'response'
  | 'action'
  | 'frequency'
  | 'condition'
  | 'medication'
  | 'pressure'
  | 'massage-level'
  | 'episode-type'
  | 'presentation'
  | 'tightness-duration'
>;

/**
 * The words the core gives the pages (verdict, plan, labels, questions, cues), in the page's language. In en-GB
 * they are the engine's own English, rewritten for the country (careText), and no catalog is loaded: a shared
 * verdict link costs what it did. In any other language (and the pseudo-locale) the core's `…In` functions run over
 * the `assessment`, `care`, `labels`, `plan` and `knowledge` catalogs (decision 0031), loaded with this module's
 * translated half before the page renders.
 */
export interface CoreWords extends VerdictWords {
  labels: WebLabels;
  cueWords: CueWords;
  worseAdvice: WorseAdvice;
  question<Q extends Question>(question: Q): Q;
}

/** The label tables a verdict shows (core/messages/verdict-labels, already in the first bundle). */
export type VerdictLabels = Pick<WebLabels, 'pressure' | 'massage-level' | 'episode-type'>;

/**
 * The part of CoreWords a verdict needs (lib/verdict-words.ts): a shared verdict link in en-GB loads neither the
 * questionnaire's and journal's label tables nor the session's advice.
 */
export interface VerdictWords {
  /** The translator the words come from, for the core functions that take one (findReliefStep). */
  translator: Translator | undefined;
  place: CarePlace;
  assess(situation: Situation): Assessment;
  labels: VerdictLabels;
  /** A text of the assessment in the place's care words (already so outside en-GB). */
  careText(text: string): string;
  careLevel(care: CareLevel): CareLevelLabel;
  /** "6 min", "45 s" in the language. */
  duration(seconds: number): string;
}
