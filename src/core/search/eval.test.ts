import { describe, expect, it } from 'vitest';
import { TOPICS } from '../vocabulary';
import { evaluateSearch } from './eval';
import { EVAL_SET, HELD_OUT_SET } from './eval-set';
import { searchKnowledge } from './search';

describe('search accuracy on the evaluation set', () => {
  it('has at least 45 realistic questions covering every topic', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(45);
    const covered = new Set(EVAL_SET.flatMap((question) => question.expected));
    expect([...covered].sort()).toEqual([...TOPICS].sort());
  });

  it('answers at least 90 % in the top 3 and 70 % at rank 1', () => {
    const report = evaluateSearch(EVAL_SET, searchKnowledge);
    expect(report.top3, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(report.top1, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.7);
  });

  it('generalises to held-out questions it was not tuned on', () => {
    const report = evaluateSearch(HELD_OUT_SET, searchKnowledge);
    expect(report.top3).toBeGreaterThanOrEqual(0.9);
    expect(report.top1).toBeGreaterThanOrEqual(0.7);
  });

  it('scores a search that always answers the same topic as poor (the metric can fail)', () => {
    const report = evaluateSearch(EVAL_SET, () => [{ topic: 'benefits', title: 'x', score: 1, snippet: 'x' }]);
    expect(report.top3).toBeLessThan(0.2);
  });
});
