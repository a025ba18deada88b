import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Namespace } from '../../core/i18n/catalogs';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { careLevelLabelFor } from '../../core/messages/care-words';
import { PRESENTATION_LABELS, TIGHTNESS_DURATION_LABELS } from '../../core/messages/questionnaire-labels';
import { EPISODE_TYPE_LABELS, MASSAGE_LEVEL_LABELS, PRESSURE_LABELS } from '../../core/messages/verdict-labels';
import {
  ACTION_LABELS,
  CONDITION_LABELS,
  FREQUENCY_LABELS,
  MEDICATION_LABELS,
  REGION_LABELS,
  RESPONSE_LABELS,
  SIDE_LABELS,
} from '../../core/messages/vocabulary-labels';
import { EN_GB_CUE_WORDS, EN_GB_PLAN_WORDING } from '../../core/plan/plan-wording';
import { WORSE_ADVICE } from '../../core/plan/session-advice';
import type { Question } from '../../core/questionnaire/questions';
import type { Situation } from '../../core/situation';
import type { CareLevel } from '../../core/vocabulary';
import type { CoreWords, WebLabels } from './core-words-types';
import { useLocale, useT } from './i18n';
import { useCarePlace } from './settings';

const SOURCE_LABELS: WebLabels = {
  region: REGION_LABELS,
  side: SIDE_LABELS,
  response: RESPONSE_LABELS,
  action: ACTION_LABELS,
  frequency: FREQUENCY_LABELS,
  condition: CONDITION_LABELS,
  medication: MEDICATION_LABELS,
  pressure: PRESSURE_LABELS,
  'massage-level': MASSAGE_LEVEL_LABELS,
  'episode-type': EPISODE_TYPE_LABELS,
  presentation: PRESENTATION_LABELS,
  'tightness-duration': TIGHTNESS_DURATION_LABELS,
};

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
      labels: SOURCE_LABELS,
      careText,
      careLevel: (care: CareLevel) => careLevelLabelFor(care, place),
      cueWords: EN_GB_CUE_WORDS,
      worseAdvice: WORSE_ADVICE,
      duration: EN_GB_PLAN_WORDING.duration,
      question: <Q extends Question>(question: Q) => question,
    };
  }, [module, t, country, emergencyNumber]);
}

export type { CoreWords, WebLabels };
