import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Assessment } from '../../core/assessment';
import type { Namespace } from '../../core/i18n/catalogs';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import type { Translator } from '../../core/i18n/translator';
import { type CarePlace, careLevelLabelFor } from '../../core/messages/care-words';
import { LABEL_TABLES, type LocalisedLabels } from '../../core/messages/label-tables';
import type { CareLevelLabel } from '../../core/messages/verdict-labels';
import { type CueWords, EN_GB_CUE_WORDS, EN_GB_PLAN_WORDING } from '../../core/plan/plan-wording';
import { WORSE_ADVICE, type WorseAdvice } from '../../core/plan/session-advice';
import type { Question } from '../../core/questionnaire/questions';
import type { Situation } from '../../core/situation';
import type { CareLevel } from '../../core/vocabulary';
import { useLocale, useT } from './i18n';
import { useCarePlace } from './settings';

/**
 * The words the core gives the pages (verdict, plan, labels, questions, cues), in the page's language. In en-GB
 * they are the engine's own English, rewritten for the country (careText), and no catalog is loaded: a shared
 * verdict link costs what it did. In any other language (and the pseudo-locale) the core's `…In` functions run over
 * the `assessment`, `care`, `labels`, `plan` and `knowledge` catalogs (decision 0031), loaded with this module's
 * translated half before the page renders.
 */
export interface CoreWords {
  /** The translator the words come from, for the core functions that take one (findReliefStep). */
  translator: Translator | undefined;
  place: CarePlace;
  assess(situation: Situation): Assessment;
  labels: LocalisedLabels;
  /** A text of the assessment in the place's care words (already so outside en-GB). */
  careText(text: string): string;
  careLevel(care: CareLevel): CareLevelLabel;
  cueWords: CueWords;
  worseAdvice: WorseAdvice;
  /** "6 min", "45 s" in the language. */
  duration(seconds: number): string;
  question<Q extends Question>(question: Q): Q;
}

/** The catalogs the translated words need (ASSESSMENT_NAMESPACES of core/assess/assess-in.ts). */
const CORE_NAMESPACES: Namespace[] = ['assessment', 'care', 'labels', 'plan', 'knowledge'];

type TranslatedModule = typeof import('./translated-words');
let translated: TranslatedModule | null = null;
let loading: Promise<void> | null = null;

/** Suspends until the translated half is here (only ever outside en-GB). */
function loadTranslatedModule(): TranslatedModule {
  if (translated) return translated;
  loading ??= import('./translated-words').then((module) => {
    translated = module;
  });
  throw loading;
}

export function useCoreWords(): CoreWords {
  const locale = useLocale();
  const isSource = locale === SOURCE_LOCALE;
  const t = useT(...(isSource ? [] : CORE_NAMESPACES));
  const { place, careText } = useCarePlace();
  const module = isSource ? null : loadTranslatedModule();
  const { country, emergencyNumber } = place;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the place is its country and number; careText follows them.
  return useMemo(() => {
    if (module) return module.translatedWords(t, place);
    return {
      translator: undefined,
      place,
      assess: (situation: Situation) => assessSituation(situation),
      labels: LABEL_TABLES,
      careText,
      careLevel: (care: CareLevel) => careLevelLabelFor(care, place),
      cueWords: EN_GB_CUE_WORDS,
      worseAdvice: WORSE_ADVICE,
      duration: EN_GB_PLAN_WORDING.duration,
      question: <Q extends Question>(question: Q) => question,
    };
  }, [module, t, country, emergencyNumber]);
}
