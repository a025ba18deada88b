/**
 * `knead … --help` in the run's language (issue #14, decision 0040): every command's help in es and de leaves no
 * English sentence behind. A leftover is a run of three or more English words of the en-GB help that shows up again
 * in the translated help; ids the person types (regions, contexts, sides, field names, commands) are not prose.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, CONTEXTS, REGIONS, RESPONSES } from '../core/vocabulary-lists';
import { runKnead } from './run-cli';

const COMMANDS = [
  [],
  ['check'],
  ['assess'],
  ['knowledge'],
  ['search'],
  ['session'],
  ['serve'],
  ['log'],
  ['insights'],
  ['export'],
  ['import'],
  ['report'],
  ['profile'],
  ['schedule'],
  ['therapist-plan'],
  ['therapist-plan', 'run'],
] as const;

/** What a person types, the same in every language: not English prose even when it is an English word. */
const IDS = new Set<string>([
  ...REGIONS,
  ...CONTEXTS,
  ...ACTIONS,
  ...RESPONSES,
  ...['left', 'right', 'both', 'center', 'first', 'occasional', 'weekly', 'daily', 'cramp', 'tightness'],
  ...['region', 'side', 'ongoing', 'intensity', 'context', 'signs', 'history', 'presentation', 'age'],
  ...['knead', 'check', 'assess', 'search', 'session', 'serve', 'log', 'insights', 'export', 'import', 'report'],
  ...['profile', 'schedule', 'json', 'pdf', 'html', 'csv', 'fhir', 'topic', 'title', 'score', 'snippet'],
]);

const WORD = /^[A-Za-z]+$/;
const normalise = (text: string) =>
  text
    .replace(/[,.;:()«»"“”„!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every run of three or more consecutive English words in `text` (the usage line is syntax, not prose). */
function englishPhrases(text: string): string[] {
  const phrases: string[] = [];
  const body = text.split('\n').slice(1).join('\n');
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) phrases.push(run.join(' '));
    run = [];
  };
  for (const token of normalise(body).split(' ')) {
    if (WORD.test(token) && !IDS.has(token.toLowerCase())) run.push(token);
    else flush();
  }
  flush();
  return phrases;
}

const help = (args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
  const result = runKnead([...args, '--help'], '', env);
  expect(result.status).toBe(0);
  return result.stdout;
};

describe('knead --help in the run’s language', () => {
  const english = new Map(COMMANDS.map((args) => [args.join(' '), help(args)]));

  it('finds English prose in the en-GB help (the check is real)', () => {
    const phrases = englishPhrases(english.get('') ?? '');
    expect(phrases).toContain('display help for command');
    expect(phrases.length).toBeGreaterThan(10);
  });

  it.each([
    ['es', { LANG: 'es_ES.UTF-8' }, 'Opciones:'],
    ['de', { LANG: 'de_DE.UTF-8' }, 'Optionen:'],
  ] as const)('%s: no command’s help leaves an English sentence', (_locale, env, title) => {
    for (const args of COMMANDS) {
      const translated = help(args, env);
      expect(translated).toContain(title);
      const text = ` ${normalise(translated.split('\n').slice(1).join('\n'))} `;
      const leftovers = englishPhrases(english.get(args.join(' ')) ?? '').filter((phrase) =>
        text.includes(` ${phrase} `),
      );
      expect({ command: args.join(' '), leftovers }).toEqual({ command: args.join(' '), leftovers: [] });
    }
  });

  it('follows --lang over LANG, and keeps today’s English help with no language asked for', () => {
    expect(help(['--lang', 'de', 'assess'], { LANG: 'es_ES.UTF-8' })).toContain('Exit-Codes:');
    expect(help(['assess', '--lang=es'])).toContain('Códigos de salida:');
    expect(help(['assess'])).toContain('Exit codes: 0 ok, 2 invalid input (one line per problem on stderr).');
    // en-US differs from en-GB only in US words.
    expect(help(['insights'], { LANG: 'en_US.UTF-8' })).toContain('summarize your journal');
  });

  it('a bad --lang still gets its one-line error (exit 2), not a translated help', () => {
    const result = runKnead(['--lang', 'fr', 'insights', '--help']);
    // --help runs before any action: commander prints the help (in LANG's language) and exits 0.
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Options:');
    const bad = runKnead(['--lang', 'fr', 'assess'], '{"region":"calf"}');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^--lang: "fr" is not a language Knead speaks/);
  });
});
