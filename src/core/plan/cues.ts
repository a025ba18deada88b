import type { Plan } from '../assessment';
import { type CueWords, EN_GB_CUE_WORDS } from './plan-wording';
import type { SessionCue, SessionState } from './session';

/** What a cue asks of the person; players choose a sound or vibration by kind. */
export type SpokenCueKind = 'get-ready' | 'step' | 'count' | 'release' | 'hold' | 'next' | 'complete';

/** One cue in words, for speech, captions and the terminal. */
export interface SpokenCue {
  readonly kind: SpokenCueKind;
  readonly text: string;
}

function nextStepCue(plan: Plan, stepIndex: number, CUE_WORDS: CueWords): SpokenCue[] {
  const next = plan.steps[stepIndex + 1];
  return next ? [{ kind: 'next', text: CUE_WORDS.next(next.title) }] : [];
}

/**
 * The words for one cue of the session: "Get ready" before the first step, the step's name when it
 * starts, the last five seconds of each hold counted, "Release" at a hold's end, then "Hold 2 of 3" or
 * "Next: <step>", and "Session complete". The get-ready 3-2-1 and a stop have no words (speech stops).
 * @example describeCue({ type: 'count', stepIndex: 0, secondsLeft: 5 }, plan) // [{ kind: 'count', text: '5' }]
 */
export function describeCue(cue: SessionCue, plan: Plan, CUE_WORDS: CueWords = EN_GB_CUE_WORDS): SpokenCue[] {
  switch (cue.type) {
    case 'get-ready':
      // Later steps were announced by "Next: …" as the one before ended.
      return cue.stepIndex === 0 ? [{ kind: 'get-ready', text: CUE_WORDS.getReady }] : [];
    case 'step-start': {
      const step = plan.steps[cue.stepIndex];
      return step ? [{ kind: 'step', text: step.title }] : [];
    }
    case 'count':
      return [{ kind: 'count', text: String(cue.secondsLeft) }];
    case 'repetition': {
      const total = plan.steps[cue.stepIndex]?.repetitions ?? cue.repetition;
      return [
        { kind: 'release', text: CUE_WORDS.release },
        { kind: 'hold', text: CUE_WORDS.hold(cue.repetition, total) },
      ];
    }
    case 'step-end': {
      // A skipped step was not being held: there is nothing to release.
      const release: SpokenCue[] = cue.skipped ? [] : [{ kind: 'release', text: CUE_WORDS.release }];
      return [...release, ...nextStepCue(plan, cue.stepIndex, CUE_WORDS)];
    }
    case 'finished':
      return [{ kind: 'complete', text: CUE_WORDS.complete }];
    case 'countdown':
    case 'stopped':
      return [];
  }
}

/**
 * Every cue of the session's last transition, in words and in order.
 * @example describeCues(startSession(plan, 0)) // [{ kind: 'get-ready', text: 'Get ready' }]
 */
export function describeCues(state: SessionState, words: CueWords = EN_GB_CUE_WORDS): SpokenCue[] {
  return state.cues.flatMap((cue) => describeCue(cue, state.plan, words));
}
