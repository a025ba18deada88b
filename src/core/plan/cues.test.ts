import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../assessment';
import { buildPlan } from './build-plan';
import { describeCue, describeCues } from './cues';
import {
  GET_READY_MS,
  quitSession,
  reportWorse,
  type SessionState,
  skipStep,
  startSession,
  tickSession,
} from './session';

const T0 = 1_000_000;
const plan: Plan = buildPlan({ region: 'calf' }, 'gentle');
const title = (index: number) => plan.steps[index]!.title;
const words = (state: SessionState) => describeCues(state).map((cue) => cue.text);

/** A plan of the given steps (durations and holds), to test the boundaries of short steps. */
function planOf(steps: Partial<PlanStep>[]): Plan {
  const base = plan.steps[0]!;
  return { ...plan, steps: steps.map((step, i) => ({ ...base, title: `Step ${i + 1}`, ...step })) };
}

describe('spoken cues', () => {
  it('says "Get ready" before the first step, then its name when it starts', () => {
    const started = startSession(plan, T0);
    expect(describeCues(started)).toEqual([{ kind: 'get-ready', text: 'Get ready' }]);
    // The get-ready 3-2-1 is a tone, not words.
    expect(words(tickSession(started, T0 + 1000))).toEqual([]);
    expect(describeCues(tickSession(started, T0 + GET_READY_MS))).toEqual([{ kind: 'step', text: title(0) }]);
  });

  it('counts the last five seconds aloud, each at its own second, then "Release" and "Next"', () => {
    const running = tickSession(startSession(plan, T0), T0 + GET_READY_MS);
    const stepMs = plan.steps[0]!.durationSeconds * 1000;
    const at = (left: number) => T0 + GET_READY_MS + stepMs - left;
    let state = tickSession(running, at(5001));
    expect(words(state)).toEqual([]);
    const heard: string[][] = [];
    for (const left of [5000, 4500, 4000, 3000, 2000, 1001, 1000, 0]) {
      state = tickSession(state, at(left));
      heard.push(words(state));
    }
    expect(heard).toEqual([['5'], [], ['4'], ['3'], ['2'], [], ['1'], ['Release', `Next: ${title(1)}`]]);
    expect(describeCues(state).map((cue) => cue.kind)).toEqual(['release', 'next']);
    // The next step was announced: its get-ready has no words of its own; its start says its name.
    expect(words(tickSession(state, at(0) + GET_READY_MS))).toEqual([title(1)]);
  });

  it('keeps every cue, in order, when one tick covers a whole step', () => {
    const ready = startSession(plan, T0);
    const stepMs = plan.steps[0]!.durationSeconds * 1000;
    expect(words(tickSession(ready, T0 + GET_READY_MS + stepMs))).toEqual([
      title(0),
      '5',
      '4',
      '3',
      '2',
      '1',
      'Release',
      `Next: ${title(1)}`,
    ]);
  });

  it('counts down and releases every hold of a step with repetitions', () => {
    const stretch = plan.steps.findIndex((step) => step.technique === 'stretch');
    const step = plan.steps[stretch]!;
    let state = startSession(plan, T0);
    for (let i = 0; i < stretch; i += 1) state = skipStep(state, T0);
    state = tickSession(state, T0 + GET_READY_MS);
    expect(words(state)).toEqual([step.title]);
    const hold = (step.durationSeconds * 1000) / step.repetitions!;
    const count = ['5', '4', '3', '2', '1'];
    expect(words(tickSession(state, T0 + GET_READY_MS + hold))).toEqual([...count, 'Release', 'Hold 2 of 3']);
    expect(words(tickSession(state, T0 + GET_READY_MS + 3 * hold))).toEqual([
      ...count,
      'Release',
      'Hold 2 of 3',
      ...count,
      'Release',
      'Hold 3 of 3',
      ...count,
      'Release',
      `Next: ${plan.steps[stretch + 1]!.title}`,
    ]);
  });

  it("never counts over a short hold's first second, and says nothing for a step of no time", () => {
    const short = planOf([{ durationSeconds: 5 }, { durationSeconds: 0 }, { durationSeconds: 2, repetitions: 2 }]);
    const first = tickSession(startSession(short, T0), T0 + GET_READY_MS + 5000);
    expect(words(first)).toEqual(['Step 1', '4', '3', '2', '1', 'Release', 'Next: Step 2']);
    const second = tickSession(first, T0 + 2 * GET_READY_MS + 5000);
    expect(words(second)).toEqual(['Step 2', 'Release', 'Next: Step 3']);
    // Holds of one second each: no count at all, just the release and the next hold.
    expect(words(tickSession(second, second.now + GET_READY_MS + 2000))).toEqual([
      'Step 3',
      'Release',
      'Hold 2 of 2',
      'Release',
      'Session complete',
    ]);
  });

  it('announces the next step on a skip without "Release", and the end after the last step', () => {
    const skipped = skipStep(startSession(plan, T0), T0 + 10);
    expect(words(skipped)).toEqual([`Next: ${title(1)}`]);
    let state = skipped;
    for (let i = 1; i < plan.steps.length - 1; i += 1) state = skipStep(state, T0 + 10);
    expect(words(skipStep(state, T0 + 10))).toEqual(['Session complete']);
    const last = tickSession(state, T0 + 10 + GET_READY_MS + plan.steps.at(-1)!.durationSeconds * 1000);
    expect(words(last).slice(-2)).toEqual(['Release', 'Session complete']);
    expect(describeCues(last).at(-1)?.kind).toBe('complete');
  });

  it('has no words for a stop: speech is cancelled instead', () => {
    const running = tickSession(startSession(plan, T0), T0 + 4000);
    expect(words(reportWorse(running, T0 + 4000))).toEqual([]);
    expect(words(quitSession(running, T0 + 4000))).toEqual([]);
    expect(describeCue({ type: 'countdown', value: 3 }, plan)).toEqual([]);
  });
});
