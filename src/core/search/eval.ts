import type { EvalQuestion } from './eval-set';
import type { SearchResult } from './search';

export interface EvalReport {
  questions: number;
  top1: number;
  top3: number;
  misses: { question: string; expected: readonly string[]; got: string[] }[];
}

/**
 * Scores a search function on an evaluation set: share of questions answered at rank 1 and in the top 3.
 * @example evaluateSearch(EVAL_SET, searchKnowledge).top3 // 0.95
 */
export function evaluateSearch(
  questions: readonly EvalQuestion[],
  search: (query: string, options: { limit: number }) => SearchResult[],
): EvalReport {
  let top1 = 0;
  let top3 = 0;
  const misses: EvalReport['misses'] = [];
  for (const { question, expected } of questions) {
    const got = search(question, { limit: 3 }).map((result) => result.topic);
    const isTop1 = got[0] !== undefined && expected.includes(got[0]);
    if (isTop1) top1++;
    if (got.some((topic) => expected.includes(topic))) top3++;
    if (!isTop1) misses.push({ question, expected, got });
  }
  return { questions: questions.length, top1: top1 / questions.length, top3: top3 / questions.length, misses };
}
