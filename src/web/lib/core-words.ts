import { assessSituation } from '../../core/assess/assess-situation';
import { type CarePlace, careLevelLabelFor } from '../../core/messages/care-words';
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
import { useEngineWords } from './verdict-words';

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

const sourceCoreWords = (place: CarePlace, careText: (text: string) => string): CoreWords => ({
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
});

/** Every core word the web shows (questionnaire, session, journal), in the page's language. */
export function useCoreWords(): CoreWords {
  return useEngineWords(sourceCoreWords);
}

export type { CoreWords, WebLabels };
