/**
 * German text analysis for the knowledge search (decision 0034): no maintained German stemmer is installed, so this
 * is a small, documented suffix stripper in the spirit of the CISTEM and Caumanns stemmers, plus a light compound
 * splitter. Umlauts are folded (Krämpfe = Kraempfe = Krampfe) and ß is ss, because people type without them.
 * It makes inflected and derived forms meet: Krampf/Krämpfe/Krämpfen → krampf; Dehnung/dehnen/Dehnungen → dehn;
 * Schmerzen/schmerzhaft → schmerz. A compound whose last part is a known head word also yields its parts
 * (Wadenkrämpfe → wadenkrampf, wad, krampf), so "Krampf" finds "Wadenkrampf".
 */

/** Words too common to tell topics apart (folded). Question words with meaning (wie, wann, warum) are kept. */
export const STOP_WORDS_DE: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir dich ' +
    'dir uns euch mein meine meinen meinem meiner meines dein deine sich ist sind war waren bin bist seid hat habe ' +
    'haben hast hatte wird werden wurde kann kannst konnen konnte soll sollte sollen muss musst mussen darf durfen ' +
    'mit von zu zum zur im in an am auf aus bei nach fur um uber unter vor so auch noch nur schon sehr dass ' +
    'wenn was man ja mal denn dann doch als etwas ganz immer diese dieser dieses diesem diesen jetzt hier da ' +
    'mache macht machen gibt geht'
  ).split(' '),
);

/** Lower case, ß → ss, umlauts and ae/oe/ue folded to a/o/u, split on anything that is not a letter or digit. */
export function tokenizeDe(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

const VOWEL = /[aeiouy]/;
/** Derivational endings, removed once when at least 3 letters with a vowel remain. */
const DERIVATIONAL = ['ungen', 'heiten', 'keiten', 'ung', 'heit', 'keit', 'lich', 'isch', 'haft', 'in'];
/** Inflectional endings, longest first; -st and -t only when 4 letters remain (kalt stays kalt). */
const INFLECTIONAL = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];
const VERB_T = ['st', 't'];

function strip(word: string, suffixes: readonly string[], minStem: number): string | null {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= minStem && VOWEL.test(stem)) return stem;
  }
  return null;
}

/**
 * The stem of one folded German word: a derivational ending (schmerzhaft → schmerz), or else an inflectional one
 * followed by a derivational one (ärztlichen → arztlich → arzt).
 * @example stemDe('dehnungen') // 'dehn'
 */
export function stemDe(word: string): string {
  if (word.length <= 3) return word;
  const derived = strip(word, DERIVATIONAL, 3);
  if (derived) return derived;
  // A final -s after s is part of the word (Fuß → fuss), not an ending.
  const inflected = (word.endsWith('ss') ? null : strip(word, INFLECTIONAL, 3)) ?? strip(word, VERB_T, 4) ?? word;
  return strip(inflected, DERIVATIONAL, 3) ?? inflected;
}

/**
 * Heads of compounds (stems): the last part of a long word that is one of these also counts on its own.
 * Drawn from the words the knowledge base and people's questions use for spasms, body parts and care.
 */
const HEAD_WORDS = (
  'krampf krampfe schmerz schmerzen muskel massage dehnung nerv arzt wade rucken nacken schulter bein fuss hand ' +
  'arm verspannung wasser tablette medikament training sport warme kalte eis bad kissen druck punkt gewebe ' +
  'knoten blut urin kopf ruhe flasche pack akku mangel aufbau wachstum'
)
  .split(' ')
  .map(stemDe);
const HEADS: ReadonlySet<string> = new Set(HEAD_WORDS);
/** Joining letters between compound parts (Wade-n-krampf, Muskel-s-?, Blutdruck-tablette). */
const LINKS = ['en', 'es', 'n', 's', 'e'];

/** The parts of a compound whose last part is a known head, as stems: wadenkrampf → [wad, krampf]; else []. */
export function compoundPartsDe(stem: string): string[] {
  if (stem.length < 7) return [];
  for (let split = 3; split <= stem.length - 3; split++) {
    const head = stem.slice(split);
    if (!HEADS.has(head)) continue;
    let left = stem.slice(0, split);
    for (const link of LINKS) {
      if (left.endsWith(link) && left.length - link.length >= 3) {
        left = left.slice(0, -link.length);
        break;
      }
    }
    return [stemDe(left), head];
  }
  return [];
}

/** The index's processTerm for German: drops stop words, stems the rest and adds a compound's parts. */
export function processTermDe(term: string): string[] | null {
  const [word] = tokenizeDe(term);
  if (word === undefined || STOP_WORDS_DE.has(word)) return null;
  const stem = stemDe(word);
  return [stem, ...compoundPartsDe(stem)];
}
