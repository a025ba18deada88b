import { analyseText } from './text';

const SNIPPET_LENGTH = 200;

/**
 * Trims an answer to about 200 characters, starting at the sentence that matches the query best.
 * @example makeSnippet('Short answer.', ['short']) // 'Short answer.'
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  maxLength = SNIPPET_LENGTH,
  analyse: (text: string) => string[] = analyseText,
): string {
  if (text.length <= maxLength) return text;
  const wanted = new Set(terms);
  const sentences = text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];
  let bestIndex = 0;
  let bestHits = -1;
  sentences.forEach((sentence, index) => {
    const hits = analyse(sentence).filter((term) => wanted.has(term)).length;
    if (hits > bestHits) [bestIndex, bestHits] = [index, hits];
  });
  const from = sentences.slice(bestIndex).join('').trim();
  if (from.length <= maxLength) return from;
  const cut = from.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
