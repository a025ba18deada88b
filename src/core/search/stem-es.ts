/**
 * Spanish text analysis for the knowledge search (decision 0034): no maintained Spanish stemmer is installed, so
 * this is a small, documented suffix stripper in the spirit of the Snowball Spanish algorithm, light enough to be
 * read in one sitting. It makes plural, gender, verb and -ción/-miento forms meet:
 * calambre/calambres → calambr; masaje/masajes/masajear → masaj; estirar/estiramiento/estira → estir;
 * duración/dura/durar → dur. Accents are folded first (músculo = musculo), because people often type without them.
 */

/** Words too common to tell topics apart (accents folded). Question words with meaning (cómo, cuándo) are kept. */
export const STOP_WORDS_ES: ReadonlySet<string> = new Set(
  (
    'a al algo algun alguna alguno ante con contra de del desde e el ella ellas ellos en entre era es esa esas ese ' +
    'eso esos esta estas este esto estos estoy estan estar esta fue ha han hay he la las le les lo los me mi mis ' +
    'mucho muy nos o os para pero por que se si sin sobre su sus te ti tu tus un una uno unos unas y ya yo mas ' +
    'tengo tiene tienen tienes puede pueden puedo puedes debo debe deberia hacer hace hago algo cual cuales tan ' +
    'todo todos toda todas otra otro otros otras asi mio mia pues tambien vez veces soy eres son ser sea ' +
    'cosa cosas'
  ).split(' '),
);

/** Lower case, accents folded, split on anything that is not a letter or digit (¿ and ¡ included). */
export function tokenizeEs(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

const VOWEL = /[aeiou]/;
/** Derivational endings, longest first: removed whole when at least 3 letters with a vowel remain. */
const DERIVATIONAL = [
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'aciones',
  'uciones',
  'ciones',
  'idades',
  'acion',
  'ucion',
  'cion',
  'mente',
  'idad',
  'ancia',
  'encia',
  'adora',
  'ador',
  'edor',
  'idor',
  'ante',
  'ente',
  'able',
  'ible',
  'ismo',
  'ista',
  'osa',
  'oso',
  'iva',
  'ivo',
];
/** Verb endings (infinitive, gerund, participle, common persons), longest first. */
const VERBAL = ['iendo', 'ando', 'aron', 'ieron', 'ado', 'ada', 'ido', 'ida', 'aba', 'ar', 'er', 'ir'];

function strip(word: string, suffixes: readonly string[], minStem: number): string | null {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= minStem && VOWEL.test(stem)) return stem;
  }
  return null;
}

/**
 * The stem of one folded Spanish word: plural -s, then a derivational or a verbal ending, then a final vowel.
 * @example stemEs('estiramientos') // 'estir'
 */
export function stemEs(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  if (stem.endsWith('ces') && stem.length > 5) stem = `${stem.slice(0, -3)}z`;
  else if (stem.endsWith('s') && !stem.endsWith('ss') && stem.length > 4) stem = stem.slice(0, -1);
  stem = strip(stem, DERIVATIONAL, 3) ?? strip(stem, VERBAL, 3) ?? stem;
  if (/[aeo]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  // "masajear" → "masaje" → "masaj": a verb made from a noun keeps the noun's stem.
  if (/[aeo]$/.test(stem) && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/** The index's processTerm for Spanish: drops stop words, stems the rest. */
export function processTermEs(term: string): string | null {
  const [word] = tokenizeEs(term);
  if (word === undefined || STOP_WORDS_ES.has(word)) return null;
  return stemEs(word);
}
