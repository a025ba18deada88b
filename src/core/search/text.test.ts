import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';
import { expandSynonyms, stemPhrase } from './synonyms';
import { analyseText, processSearchTerm, stemWord } from './text';

describe('stemWord', () => {
  it.each([
    ['cramps', 'cramp'],
    ['cramping', 'cramp'],
    ['cramped', 'cramp'],
    ['stretches', 'stretch'],
    ['stretching', 'stretch'],
    ['massage', 'massag'],
    ['massaging', 'massag'],
    ['dehydration', 'dehydrat'],
    ['dehydrated', 'dehydrat'],
    ['injuries', 'injury'],
    ['numbness', 'numb'],
    ['running', 'run'],
    ['painful', 'pain'],
    ['bleeding', 'bleed'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('leaves short words alone', () => {
    expect(stemWord('ice')).toBe('ice');
    expect(stemWord('gp')).toBe('gp');
  });
});

describe('processSearchTerm', () => {
  it('drops stop words but keeps the question words that carry meaning', () => {
    expect(processSearchTerm('the')).toBeNull();
    expect(processSearchTerm('my')).toBeNull();
    expect(processSearchTerm('how')).toBe('how');
    expect(processSearchTerm('why')).toBe('why');
  });

  it('tokenizes punctuation, apostrophes and case away', () => {
    expect(analyseText("Why DOESN'T my calf stop cramping?!")).toEqual(['why', 'calf', 'stop', 'cramp']);
  });
});

describe('expandSynonyms', () => {
  it('expands single words and multi-word phrases, not repeating typed terms', () => {
    const expand = (query: string) => expandSynonyms(stemPhrase(query), analyseText(query));
    expect(expand('ice')).toEqual(expect.arrayContaining(['cold', 'pack']));
    expect(expand('charley horse')).toContain('cramp');
    expect(expand('how often')).toContain('frequency');
    expect(expand('tablets')).toEqual(expect.arrayContaining(['medicin', 'medicat']));
    expect(expand('how do I stop getting them')).toContain('prevent');
    expect(expand('ice')).not.toContain('ice');
  });

  it('does not expand a phrase from its words out of order', () => {
    expect(expandSynonyms(stemPhrase('long how'), ['long', 'how'])).not.toContain('duration');
  });
});

describe('makeSnippet', () => {
  const long =
    'First sentence about nothing in particular that goes on for a while. ' +
    'Second sentence also says little of interest to anybody at all. ' +
    'Apply the ice pack wrapped in a cloth for around 15-20 minutes. ' +
    'A final sentence that pads the text well beyond the snippet length limit.';

  it('keeps short text whole', () => {
    expect(makeSnippet('Short.', ['short'])).toBe('Short.');
  });

  it('starts at the best-matching sentence and stays within about 200 characters', () => {
    const snippet = makeSnippet(long, ['ice', 'pack']);
    expect(snippet.startsWith('Apply the ice pack')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(200);
  });

  it('marks a cut with an ellipsis', () => {
    expect(makeSnippet(long.repeat(3), ['nothing'])).toMatch(/…$/);
  });
});
