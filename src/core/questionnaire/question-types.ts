import type { Memory, PartialSituation, Patch } from './answers';

/** Where a question sits: the red-flag screen (and its follow-ups) always comes before the episode details. */
export type Phase = 'start' | 'screen' | 'episode' | 'history';

export type QuestionId =
  | 'region'
  | 'presentation'
  | 'red-flag-signs'
  | 'red-flag-contexts'
  | `follow-up-${number}`
  | 'cramp-timing'
  | 'tightness-duration'
  | 'intensity'
  | 'context'
  | 'signs'
  | 'age'
  | 'frequency'
  | 'history-conditions'
  | 'previous-massage'
  | 'self-care-days';

/** One answer a person can pick; `id` is stable (`signs:fever`, `region:calf`), `patch` is what it adds. */
export interface Choice {
  id: string;
  label: string;
  hint?: string;
  /** A single key that picks it at once in the terminal. */
  key?: string;
  patch: Patch;
}

interface QuestionBase {
  id: QuestionId;
  phase: Phase;
  text: string;
}
/** Pick exactly one. */
export interface OneQuestion extends QuestionBase {
  kind: 'one';
  choices: Choice[];
}
/** Tick any (none is an answer). */
export interface ManyQuestion extends QuestionBase {
  kind: 'many';
  choices: Choice[];
}
/** Type a number in [min, max]; `probes` are the values tried to see whether it can change the verdict. */
export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  min: number;
  max: number;
  integer: boolean;
  fallback?: number;
  probes: readonly number[];
  toPatch: (value: number) => Patch;
  /** The value already given, if any. */
  valueOf: (answers: PartialSituation) => number | undefined;
}
export type Question = OneQuestion | ManyQuestion | NumberQuestion;

/** The questionnaire's state: the answers so far, which questions were answered, and what is remembered. */
export interface QuestionnaireState {
  answers: PartialSituation;
  answered: readonly QuestionId[];
  memory: Memory;
}
