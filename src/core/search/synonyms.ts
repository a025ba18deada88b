import { analyserFor, analyseWith, type SearchLanguage, stemPhraseWith } from './analysers';
import { SYNONYM_GROUPS_DE, SYNONYM_GROUPS_ES } from './synonyms-es-de';
import { stemWord, tokenizeText } from './text';

/**
 * Words people use for the same thing. `canonical` are the words the knowledge itself uses; a query
 * that mentions any canonical word or alias also searches for all the canonical words (at a lower
 * weight). Expanding only towards canonical words keeps queries short and free of noise.
 */
export interface SynonymGroup {
  canonical: readonly string[];
  aliases: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    canonical: ['cramp', 'spasm'],
    aliases: [
      'knot',
      'charley horse',
      'charlie horse',
      'twitch',
      'seize',
      'seized up',
      'lock up',
      'contraction',
      'tight muscle',
    ],
  },
  { canonical: ['cold', 'ice', 'ice pack'], aliases: ['cold pack', 'frozen peas', 'cool', 'cryotherapy'] },
  {
    canonical: ['heat', 'warm', 'heating pad'],
    aliases: ['hot', 'hot water bottle', 'warm bath', 'hot bath', 'warm towel'],
  },
  {
    canonical: ['doctor', 'gp', 'medical'],
    aliases: [
      'physician',
      'clinician',
      'healthcare professional',
      'hospital',
      'urgent care',
      'nurse',
      'general practitioner',
      'family doctor',
    ],
  },
  { canonical: ['medicine', 'medication'], aliases: ['tablet', 'pill', 'drug', 'prescription', 'meds'] },
  { canonical: ['duration', 'last', 'minutes'], aliases: ['how long', 'lasting', 'hours', 'go away'] },
  {
    canonical: ['how often', 'frequency', 'times a day'],
    aliases: ['frequent', 'times a week', 'every day', 'daily', 'twice'],
  },
  { canonical: ['fluid', 'hydration', 'dehydration', 'drink'], aliases: ['water', 'hydrated', 'thirsty'] },
  { canonical: ['sore', 'pain'], aliases: ['ache', 'hurt', 'painful', 'tender', 'discomfort'] },
  { canonical: ['cause'], aliases: ['why', 'reason', 'trigger', 'keep getting', 'what gives me'] },
  { canonical: ['worse'], aliases: ['worsen', 'aggravate', 'exacerbate', 'flare'] },
  {
    canonical: ['prevent', 'prevention'],
    aliases: ['stop getting', 'stop them', 'stop it happening', 'avoid', 'reduce the risk'],
  },
  {
    canonical: ['emergency', 'urgent', 'medical help'],
    aliases: ['serious', 'dangerous', 'worried', 'warning sign', 'red flag', 'ambulance', '999', '911'],
  },
  { canonical: ['stretch'], aliases: ['lengthen', 'loosen'] },
  { canonical: ['technique'], aliases: ['method', 'stroke', 'way to massage', 'type of massage'] },
  { canonical: ['massage'], aliases: ['rub', 'knead'] },
  { canonical: ['benefit'], aliases: ['advantage', 'good for', 'help'] },
  { canonical: ['workout', 'exercise'], aliases: ['gym', 'training', 'lifting', 'weights', 'sport', 'run', 'running'] },
  { canonical: ['muscle growth'], aliases: ['gains', 'build muscle', 'bulk'] },
  {
    canonical: ['electrolyte', 'mineral', 'magnesium', 'potassium', 'calcium', 'sodium'],
    aliases: ['salt', 'banana', 'supplement'],
  },
  { canonical: ['diet', 'nutrition'], aliases: ['food', 'eat', 'meal'] },
  {
    canonical: ['blood pressure', 'diuretic', 'statin'],
    aliases: ['hypertension', 'water tablet', 'water pill', 'cholesterol'],
  },
  { canonical: ['pinched nerve'], aliases: ['nerve', 'trapped nerve', 'sciatica', 'shooting pain', 'radiating'] },
  { canonical: ['stress', 'relaxation', 'tension'], aliases: ['anxiety', 'anxious', 'relax', 'calm'] },
  { canonical: ['posture'], aliases: ['desk', 'sitting', 'hunched'] },
  { canonical: ['shoulder'], aliases: ['trapezius', 'shoulder blade', 'trap'] },
  { canonical: ['swelling', 'redness', 'inflamed'], aliases: ['swollen', 'puffy', 'red', 'inflammation'] },
  { canonical: ['numbness', 'tingling', 'weakness'], aliases: ['numb', 'pins and needles', 'weak'] },
  { canonical: ['sleep', 'night'], aliases: ['bed', 'asleep', 'wake'] },
  { canonical: ['multiple sclerosis'], aliases: ['ms'] },
];

/** Stems every word, keeping stop words: phrases such as "stop getting" or "good for" need them. */
export function stemPhrase(text: string): string[] {
  return tokenizeText(text).map(stemWord);
}

/** Each language's synonym groups (decision 0034). */
export const SYNONYM_GROUPS_BY_LANGUAGE: Readonly<Record<SearchLanguage, readonly SynonymGroup[]>> = {
  en: SYNONYM_GROUPS,
  es: SYNONYM_GROUPS_ES,
  de: SYNONYM_GROUPS_DE,
};

interface StemmedGroup {
  triggers: string[][];
  adds: string[];
}
const stemmedGroups = new Map<SearchLanguage, readonly StemmedGroup[]>();

/** A language's synonym groups as stemmed word sequences, so "cramping" matches "cramp" (computed once). */
function stemmedGroupsOf(language: SearchLanguage): readonly StemmedGroup[] {
  let groups = stemmedGroups.get(language);
  if (!groups) {
    const analyser = analyserFor(language);
    groups = SYNONYM_GROUPS_BY_LANGUAGE[language].map((group) => ({
      triggers: [...group.canonical, ...group.aliases]
        .map((phrase) => stemPhraseWith(analyser, phrase))
        .filter((terms) => terms.length > 0),
      adds: group.canonical.flatMap((phrase) => analyseWith(analyser, phrase)),
    }));
    stemmedGroups.set(language, groups);
  }
  return groups;
}

function containsSequence(terms: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= terms.length; start++) {
    if (sequence.every((term, offset) => terms[start + offset] === term)) return true;
  }
  return false;
}

/**
 * The extra terms a query should also search for: the canonical words of each synonym group it mentions.
 * `phrase` is the query as `stemPhrase` (or `stemPhraseWith` for another language) gives it; `typed` (its indexed
 * terms) are not repeated.
 * @example expandSynonyms(stemPhrase('ice'), ['ice']) // includes 'cold' and 'pack'
 */
export function expandSynonyms(
  phrase: readonly string[],
  typed: readonly string[],
  language: SearchLanguage = 'en',
): string[] {
  const extra = new Set<string>();
  for (const group of stemmedGroupsOf(language)) {
    if (!group.triggers.some((trigger) => containsSequence(phrase, trigger))) continue;
    for (const term of group.adds) extra.add(term);
  }
  for (const term of typed) extra.delete(term);
  return [...extra];
}
