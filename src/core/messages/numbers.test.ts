import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from '../assess/arbitrary-situation.test-support';
import { assessSituation } from '../assess/assess-situation';
import { formatHandsOnTime, NOT_HANDS_ON } from '../plan/plan-step';
import { TECHNIQUES } from '../vocabulary';
import { countOf, formatDuration, formatFrequency, formatMinutes, formatNumber, listCounts } from './numbers';

describe('formatNumber', () => {
  it.each([
    [2.345, '2.3'],
    [2, '2'],
    [0, '0'],
    [0.02, '0.02'],
    [0.049, '0.05'],
    [0.06, '0.1'],
    [-0.003, '-0.003'],
    [null, '-'],
    [Number.NaN, '-'],
  ])('%s → %s', (value, expected) => expect(formatNumber(value)).toBe(expected));

  it('never shows a non-zero value as 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        fc.pre(value !== 0);
        expect(Number(formatNumber(value))).not.toBe(0);
      }),
    );
  });
});

describe('countOf', () => {
  it.each([
    [1, 'day', '1 day'],
    [0, 'day', '0 days'],
    [14, 'day', '14 days'],
    [2, 'entry', '2 entries', 'entries'],
  ])('%s %s → %s', (count, noun, expected, plural?: string) => expect(countOf(count, noun, plural)).toBe(expected));
});

/** Seconds back from a shown duration: "10.5 min", "1 min 45 s", "30 s". */
function readDuration(text: string): number {
  const match = /^(?:(\d+(?:\.5)?) min)?(?: ?(\d+) s)?$/.exec(text);
  if (!match || text === '') throw new Error(`not a duration: ${text}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [15, '15 s'],
    [30, '30 s'],
    [60, '1 min'],
    [90, '1.5 min'],
    [150, '2.5 min'],
    [630, '10.5 min'],
    [105, '1 min 45 s'],
    [900, '15 min'],
  ])('%s s → %s', (seconds, expected) => expect(formatDuration(seconds)).toBe(expected));

  it('shows the calf plan as the CLI always did: stretch 1.5 min, petrissage 2.5 min, 10.5 min hands-on', () => {
    const plan = assessSituation({ region: 'calf' }).plan!;
    const shown = plan.steps.map((step) => `${step.technique} ${formatDuration(step.durationSeconds)}`);
    expect(shown).toContain('stretch 1.5 min');
    expect(shown).toContain('petrissage 2.5 min');
    expect(formatHandsOnTime(plan.steps)).toBe('10.5 min');
  });

  it('shown hands-on steps add up to the shown total, for any step lengths', () => {
    const step = fc.record({ technique: fc.constantFrom(...TECHNIQUES), durationSeconds: fc.nat({ max: 3600 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const parts = steps
          .filter((s) => !NOT_HANDS_ON.includes(s.technique))
          .reduce((total, s) => total + readDuration(formatDuration(s.durationSeconds)), 0);
        expect(readDuration(formatHandsOnTime(steps))).toBe(parts);
      }),
    );
  });

  it('every real plan: the shown steps add up to the shown total and to handsOnMinutes', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        const plan = assessSituation(situation).plan;
        if (!plan) return;
        const hands = plan.steps.filter((s) => !NOT_HANDS_ON.includes(s.technique));
        const parts = hands.reduce((total, s) => total + readDuration(formatDuration(s.durationSeconds)), 0);
        expect(readDuration(formatHandsOnTime(plan.steps))).toBe(parts);
        expect(parts / 60).toBeCloseTo(plan.handsOnMinutes, 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatMinutes and formatFrequency', () => {
  it('formats minutes like every other figure, and a missing one as "-"', () => {
    expect(formatMinutes(4.25)).toBe('4.3 min');
    expect(formatMinutes(null)).toBe('-');
  });
  it('gives a weekly rate only over a week or more; a shorter period says the plain count', () => {
    expect(formatFrequency({ episodes: 2, perWeek: null }, 1)).toBe('2 episodes in 1 day');
    expect(formatFrequency({ episodes: 1, perWeek: null }, 3)).toBe('1 episode in 3 days');
    expect(formatFrequency({ episodes: 3, perWeek: 1.5 }, 14)).toBe('1.5 a week');
  });
});

describe('listCounts', () => {
  it.each([
    [
      [
        [0, 'episode'],
        [1, 'guided session'],
      ] as const,
      '1 guided session',
    ],
    [
      [
        [2, 'episode'],
        [0, 'guided session'],
      ] as const,
      '2 episodes',
    ],
    [
      [
        [1, 'episode'],
        [3, 'guided session'],
      ] as const,
      '1 episode and 3 guided sessions',
    ],
    [
      [
        [0, 'episode'],
        [0, 'guided session'],
      ] as const,
      '0 episodes',
    ],
  ])('%j → %s', (counts, expected) => expect(listCounts(counts)).toBe(expected));
});
