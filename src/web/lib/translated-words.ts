import { assessSituationIn } from '../../core/assess/assess-in';
import type { Translator } from '../../core/i18n/translator';
import { type CarePlace, careLevelLabelIn } from '../../core/messages/care-words';
import { localiseLabels } from '../../core/messages/label-tables';
import { cueWordsIn, durationIn } from '../../core/plan/plan-wording';
import { worseAdviceIn } from '../../core/plan/session-advice';
import { localiseQuestion } from '../../core/questionnaire/localise-question';
import type { Question } from '../../core/questionnaire/questions';
import type { CoreWords } from './core-words-types';

/** The core's words through a translator (its own chunk: en-GB never loads it). */
export function translatedWords(t: Translator, place: CarePlace): CoreWords {
  return {
    translator: t,
    place,
    assess: (situation) => assessSituationIn(situation, t, place),
    labels: localiseLabels(t),
    // The core already wrote these texts with the place's words.
    careText: (text) => text,
    careLevel: (care) => careLevelLabelIn(t, care, place),
    cueWords: cueWordsIn(t),
    worseAdvice: worseAdviceIn(t),
    duration: (seconds) => durationIn(t, seconds),
    question: <Q extends Question>(question: Q) => localiseQuestion(question, t),
  };
}
