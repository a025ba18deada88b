import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../i18n/catalogs';
import { LOCALES } from '../i18n/locales';
import { TOPICS } from '../vocabulary';
import { analyserFor, analyseWith, searchLanguageOf, stemPhraseWith } from './analysers';
import { evaluateSearch } from './eval';
import { EVAL_SETS } from './eval-sets';
import { searchKnowledge, searchKnowledgeIn } from './search';
import { compoundPartsDe, processTermDe, stemDe } from './stem-de';
import { processTermEs, stemEs } from './stem-es';
import { expandSynonyms } from './synonyms';

const es = analyserFor('es');
const de = analyserFor('de');

describe('the Spanish analyser', () => {
  it.each([
    [['calambre', 'calambres'], 'calambr'],
    [['masaje', 'masajes', 'masajear'], 'masaj'],
    [['estirar', 'estiramiento', 'estiramientos', 'estira'], 'estir'],
    [['duración', 'duracion', 'dura', 'durar'], 'dur'],
    [['hidratación', 'hidratado'], 'hidrat'],
    [['músculo', 'musculos', 'MÚSCULOS'], 'muscul'],
  ])('makes %j meet at %s', (words, stem) => {
    for (const word of words) expect(analyseWith(es, word), word).toEqual([stem]);
  });

  it('drops stop words and folds accents and ¿¡', () => {
    expect(analyseWith(es, '¿Cuánto dura un calambre en la pierna?')).toEqual(['cuant', 'dur', 'calambr', 'piern']);
    expect(processTermEs('de')).toBeNull();
    expect(stemEs('sal')).toBe('sal');
  });
});

describe('the German analyser', () => {
  it.each([
    [['Krampf', 'Krämpfe', 'Krämpfen', 'Kraempfe', 'krampfe'], 'krampf'],
    [['Dehnung', 'dehnen', 'Dehnungen'], 'dehn'],
    [['Schmerzen', 'schmerzhaft', 'Schmerz'], 'schmerz'],
    [['Wärme', 'warm', 'Waerme'], 'warm'],
    [['Kälte', 'kalt'], 'kalt'],
    [['Arzt', 'Ärztin'], 'arzt'],
  ])('makes %j meet at %s', (words, stem) => {
    for (const word of words) expect(processTermDe(word)?.[0], word).toBe(stem);
  });

  it('splits a compound whose last part is a known head, so "Krampf" finds "Wadenkrämpfe"', () => {
    expect(processTermDe('Wadenkrämpfe')).toEqual(['wadenkrampf', 'wad', 'krampf']);
    expect(compoundPartsDe(stemDe('blutdrucktabletten'))).toEqual(['blutdruck', 'tablett']);
    expect(compoundPartsDe('krampf')).toEqual([]);
  });

  it('drops stop words, folds ß', () => {
    expect(analyseWith(de, 'Ist das ein Fuß-Krampf?')).toEqual(['fuss', 'krampf']);
    expect(processTermDe('und')).toBeNull();
  });
});

describe('synonyms per language', () => {
  it('a Spanish alias adds the words the Spanish knowledge uses', () => {
    const query = 'tengo una contractura';
    expect(expandSynonyms(stemPhraseWith(es, query), analyseWith(es, query), 'es')).toEqual(
      expect.arrayContaining(['calambr', 'espasm']),
    );
  });

  it('a German alias adds the words the German knowledge uses', () => {
    const query = 'Wärmflasche auf die Verspannung';
    expect(expandSynonyms(stemPhraseWith(de, query), analyseWith(de, query), 'de')).toEqual(
      expect.arrayContaining(['krampf', 'heizkiss']),
    );
  });
});

describe('search in the reader’s language', () => {
  it('maps locales to their search language', () => {
    expect(LOCALES.map(searchLanguageOf)).toEqual(['en', 'en', 'es', 'de']);
    expect(searchLanguageOf('en-XA')).toBe('en');
  });

  it('a Spanish question finds the Spanish topic, with a Spanish title and snippet', async () => {
    const [first] = searchKnowledgeIn(await loadTranslator('es', ['knowledge']), '¿cuánto dura un calambre?');
    expect(first?.topic).toBe('duration');
    expect(first?.title).toBe('Cuánto debe durar un espasmo');
    expect(first?.snippet).toMatch(/minutos/);
  });

  it('a German question finds the German topic, with a German title and snippet', async () => {
    const [first] = searchKnowledgeIn(await loadTranslator('de', ['knowledge']), 'Wärme oder Kälte?');
    expect(first?.topic).toBe('heat-cold');
    expect(first?.title).toBe('Wärme oder Kälte');
    expect(first?.snippet).toMatch(/Wärme|Kälte/);
  });

  it('en-GB through a translator answers exactly what searchKnowledge answers', async () => {
    const t = await loadTranslator('en-GB', ['knowledge']);
    for (const { question } of EVAL_SETS['en-GB']) {
      expect(searchKnowledgeIn(t, question)).toEqual(searchKnowledge(question));
    }
  });

  it('an English question asked of the Spanish index finds little (the languages are really separate)', async () => {
    const t = await loadTranslator('es', ['knowledge']);
    const report = evaluateSearch(EVAL_SETS['en-GB'], (q, o) => searchKnowledgeIn(t, q, o));
    expect(report.top3).toBeLessThan(0.6);
  });

  it.each(['en-US', 'es', 'de'] as const)('%s: at least 30 questions covering every topic', (locale) => {
    expect(EVAL_SETS[locale].length).toBeGreaterThanOrEqual(30);
    if (locale !== 'en-US') {
      const covered = new Set(EVAL_SETS[locale].flatMap((question) => question.expected));
      expect([...covered].sort()).toEqual([...TOPICS].sort());
    }
  });

  it.each(LOCALES)('%s: answers at least 90 percent of its evaluation set in the top 3', async (locale) => {
    const t = await loadTranslator(locale, ['knowledge']);
    const report = evaluateSearch(EVAL_SETS[locale], (q, o) => searchKnowledgeIn(t, q, o));
    expect(report.top3, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(report.top1, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(0.7);
  });
});
