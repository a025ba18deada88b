import { analyseText } from './text';

/**
 * Words and phrases people use for the same thing. A query that contains any member (after stemming)
 * also searches for every other member, at a lower weight.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    'cramp',
    'spasm',
    'charley horse',
    'charlie horse',
    'knot',
    'twitch',
    'seize',
    'seized up',
    'lock up',
    'contraction',
    'tight muscle',
  ],
  ['ice', 'cold pack', 'ice pack', 'cold', 'frozen peas', 'cool', 'cryotherapy'],
  ['heat', 'warm', 'hot', 'heating pad', 'hot water bottle', 'warm bath', 'hot bath', 'warm towel'],
  ['doctor', 'gp', 'physician', 'clinician', 'medical', 'healthcare professional', 'hospital', 'urgent care', 'nurse'],
  ['tablet', 'pill', 'medication', 'medicine', 'drug', 'prescription', 'meds'],
  ['how long', 'duration', 'last', 'lasting', 'minutes', 'hours', 'go away'],
  ['how often', 'frequency', 'frequent', 'times a day', 'times a week', 'every day', 'daily', 'twice'],
  ['water', 'fluid', 'hydration', 'hydrated', 'dehydrated', 'dehydration', 'drink', 'thirsty'],
  ['sore', 'ache', 'pain', 'hurt', 'painful', 'tender', 'discomfort'],
  ['cause', 'why', 'reason', 'trigger', 'keep getting', 'what causes'],
  ['worse', 'worsen', 'aggravate', 'exacerbate', 'flare'],
  ['prevent', 'prevention', 'stop', 'avoid', 'reduce the risk'],
  ['emergency', 'urgent', 'serious', 'dangerous', 'worried', 'warning sign', 'red flag', 'ambulance', '999', '911'],
  ['stretch', 'lengthen', 'loosen'],
  ['technique', 'method', 'stroke', 'way to massage'],
  ['rub', 'massage', 'knead'],
  ['benefit', 'advantage', 'good for', 'help'],
  ['workout', 'gym', 'training', 'lifting', 'weights', 'exercise', 'sport', 'run', 'running'],
  ['muscle growth', 'gains', 'build muscle', 'bulk'],
  ['mineral', 'electrolyte', 'magnesium', 'potassium', 'calcium', 'sodium', 'salt', 'banana', 'supplement'],
  ['diet', 'food', 'eat', 'nutrition', 'meal'],
  ['blood pressure', 'hypertension', 'diuretic', 'water tablet', 'water pill', 'statin', 'cholesterol'],
  ['pinched nerve', 'trapped nerve', 'sciatica', 'nerve', 'shooting pain', 'radiating'],
  ['stress', 'anxiety', 'anxious', 'tension', 'relax', 'relaxation', 'calm'],
  ['posture', 'desk', 'sitting', 'hunched'],
  ['shoulder', 'trapezius', 'shoulder blade', 'trap'],
  ['swollen', 'swelling', 'puffy', 'red', 'redness', 'inflamed', 'inflammation'],
  ['numb', 'numbness', 'tingling', 'pins and needles', 'weak', 'weakness'],
  ['night', 'bed', 'sleep', 'asleep', 'wake'],
  ['ms', 'multiple sclerosis'],
  ['gp', 'general practitioner', 'family doctor'],
];

/** A synonym group as stemmed word sequences, so "cramping" matches "cramp". */
const STEMMED_GROUPS: readonly (readonly (readonly string[])[])[] = SYNONYM_GROUPS.map((group) =>
  group.map((phrase) => analyseText(phrase)).filter((terms) => terms.length > 0),
);

function containsSequence(terms: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= terms.length; start++) {
    if (sequence.every((term, offset) => terms[start + offset] === term)) return true;
  }
  return false;
}

/**
 * The extra terms a query should also search for: every member of each synonym group it mentions.
 * @example expandSynonyms(['ice']) // includes 'cold' and 'pack'
 */
export function expandSynonyms(queryTerms: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const group of STEMMED_GROUPS) {
    if (!group.some((phrase) => containsSequence(queryTerms, phrase))) continue;
    for (const phrase of group) for (const term of phrase) extra.add(term);
  }
  for (const term of queryTerms) extra.delete(term);
  return [...extra];
}
