import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../i18n/catalogs';
import { SituationSchema } from '../situation';
import { type Problem, parseInput } from './describe-issues';
import { wordDetail, wordProblem } from './problem-words';

const INPUTS: unknown[] = [
  {},
  { region: 'calff' },
  { region: 'calf', intensity: 11 },
  { region: 'calf', intensity: -1 },
  { region: 'calf', intensity: 'x' },
  { region: 'calf', intensity: 2.5 },
  { region: 'calf', signs: 'fever' },
  { region: 'calf', signs: ['fever', 'itchy'] },
  { region: 'calf', ongoing: 'yes' },
  { region: 'calf', history: [] },
  { region: 'calf', history: { often: true } },
  { region: 'calf', colour: 'red' },
  { region: 'calf', age: 121 },
  'calf',
  null,
];

const problems = (input: unknown): Problem[] => {
  const result = parseInput(SituationSchema, input);
  return result.success ? [] : result.problems;
};

describe('problem words (decision 0040)', () => {
  it('the en-GB catalog is the source: it says exactly what the code says, for every kind of problem', async () => {
    const source = await loadTranslator('en-GB', ['problems']);
    // en-GB keeps the code's message; render the catalog as a translator would, to compare the words.
    const asTranslated = { ...source, locale: 'es' as const, has: source.has, t: source.t };
    const all = INPUTS.flatMap(problems);
    expect(all.filter((p) => p.words).length).toBeGreaterThan(12);
    for (const problem of all) expect(wordProblem(problem, asTranslated)).toBe(problem.message);
  });

  it('words problems in Spanish and German, keeping field names and allowed values exact', async () => {
    const [es, de] = await Promise.all([loadTranslator('es', ['problems']), loadTranslator('de', ['problems'])]);
    const [region] = problems({ region: 'calff' });
    expect(wordProblem(region as Problem, es)).toMatch(/^"calff" no está permitido; uno de neck, shoulder, .*jaw$/);
    const [history] = problems({ region: 'calf', history: [] });
    expect(wordProblem(history as Problem, de)).toBe('erwartet ein Objekt, erhalten eine Liste');
    const [missing] = problems({ region: 'calf', age: 'old' });
    expect(wordProblem(missing as Problem, de)).toBe('erwartet eine Zahl, erhalten "old"');
    // A schema's own custom message has no words: it stays as written.
    expect(wordProblem({ message: 'must not be in the future' }, es)).toBe('must not be in the future');
    expect(wordDetail({ code: 'not-found', message: 'episode not found' }, de)).toBe('nicht gefunden');
    expect(wordDetail({ code: 'no-such-code', message: 'as written' }, de)).toBe('as written');
  });

  it('English keeps the message the code wrote', async () => {
    const us = await loadTranslator('en-US', ['problems']);
    expect(wordDetail({ code: 'not-found', message: 'episode not found' }, us)).toBe('episode not found');
  });
});
