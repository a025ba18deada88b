/** Words too common to tell topics apart. Question words that carry meaning (how, why, when) are kept. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'after',
  'all',
  'also',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doing',
  'for',
  'from',
  'get',
  'gets',
  'getting',
  'got',
  'had',
  'has',
  'have',
  'i',
  'if',
  'im',
  'in',
  'into',
  'is',
  'it',
  'its',
  'just',
  'me',
  'mine',
  'my',
  'myself',
  'of',
  'ok',
  'on',
  'or',
  'our',
  'out',
  'really',
  'so',
  'some',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'too',
  'up',
  'us',
  'very',
  'was',
  'we',
  'were',
  'what',
  'which',
  'who',
  'will',
  'with',
  'would',
  'you',
  'your',
  'yours',
  'ive',
  'dont',
  'doesnt',
  'cant',
  'keep',
  'keeps',
  'one',
  'thing',
  'things',
]);

const VOWEL = /[aeiouy]/;
/** Double consonants left after stripping -ing/-ed that English writes once (running → run). */
const UNDOUBLE = /([bdfgkmnprt])\1$/;

function stripSuffix(word: string, suffix: string, minStem = 3): string | null {
  if (!word.endsWith(suffix)) return null;
  const stem = word.slice(0, -suffix.length);
  return stem.length >= minStem && VOWEL.test(stem) ? stem : null;
}

/**
 * A light English suffix stemmer: enough to make plural, -ing, -ed, -ness and -ation forms meet
 * (cramps/cramping/cramped → cramp; massage/massaging → massag; dehydration/dehydrated → dehydrat).
 * @example stemWord('stretches') // 'stretch'
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  return dropFinalE(stripEnding(stripPlural(word)));
}

function stripPlural(word: string): string {
  if (/(ies|ied)$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function stripEnding(word: string): string {
  const ation = stripSuffix(word, 'ation', 2);
  if (ation) return `${ation}at`;
  for (const suffix of ['ness', 'ful', 'ly']) {
    const stem = word.length > 5 ? stripSuffix(word, suffix) : null;
    if (stem) return stem;
  }
  const ing = stripSuffix(word, 'ing');
  if (ing) return ing.replace(UNDOUBLE, '$1');
  const ed = word.endsWith('eed') ? null : stripSuffix(word, 'ed');
  if (ed) return ed.replace(UNDOUBLE, '$1');
  return word;
}

function dropFinalE(word: string): string {
  return word.endsWith('e') && word.length > 3 ? word.slice(0, -1) : word;
}

/** Splits text into lower-case words (apostrophes dropped: "don't" → "dont"). */
export function tokenizeText(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/**
 * The index's `processTerm`: drops stop words, stems the rest. Used for documents and queries alike.
 * @example processSearchTerm('Cramping') // 'cramp'
 */
export function processSearchTerm(term: string): string | null {
  const word = term.toLowerCase().replace(/['’]/g, '');
  if (word.length === 0 || STOP_WORDS.has(word)) return null;
  return stemWord(word);
}

/** Tokenizes and processes a text into the terms the index stores. */
export function analyseText(text: string): string[] {
  return tokenizeText(text).flatMap((token) => processSearchTerm(token) ?? []);
}
