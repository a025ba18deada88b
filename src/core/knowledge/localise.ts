import type { AnyLocale } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import type { Country } from '../messages/care-words';
import { SOURCES, type SourceId } from '../sources';
import type { Region } from '../vocabulary';
import { REGIONS } from '../vocabulary-lists';
import { AGGRAVATORS } from './aggravators';
import { BENEFITS, HOW_MASSAGE_HELPS, WHY_MASSAGE_FEELS_GOOD } from './benefits';
import { CAUSES } from './causes';
import { addCitations } from './citations';
import { DURATION_PATTERNS } from './duration';
import { DURATION_NOTES } from './duration-notes';
import { FREQUENCY_GUIDELINES, type FrequencyGuideline, MONITORING_RULE } from './frequency';
import { HEAT_COLD_ITEMS } from './heat-cold';
import { HOW_TO_STEPS, MASSAGE_TIPS, TECHNIQUE_NOTES } from './how-to';
import { AFTER_WORKOUT_ITEMS, PINCHED_NERVE_ITEMS, SHOULDER_PAIN_ITEMS } from './more-topics';
import { MEDICATION_ITEMS, NUTRITION_HYDRATION_ITEMS } from './nutrition';
import { PREVENTION_ITEMS, STRETCHING_ITEMS } from './prevention';
import { REGION_GUIDES } from './regions';
import { SHOULD_MASSAGE_ITEMS, STOP_RULE } from './should-massage';
import { STOP_RULE_TEXT, TECHNIQUE_GUIDES } from './techniques';
import { FREQUENCY_ITEMS, REGION_HANDS_ON_ITEMS, REGION_STRETCH_ITEMS, toKnowledgeItem } from './topic-items';
import { TOPICS } from './topics';
import type {
  Aggravator,
  Cause,
  DurationPattern,
  KnowledgeItem,
  RegionGuide,
  TechniqueGuide,
  Topic,
  WarningSign,
} from './types';
import { WARNING_SIGNS } from './warning-signs';
import { WHEN_MASSAGE_HELPS } from './when-massage-helps';

/**
 * The knowledge base in a language (decision 0034). The English data in this directory stays the source of the
 * shapes, ids, matchers, numbers and sources; its texts live in the `knowledge` catalog under
 * `<collection>.<id>.<field>` keys (nested lists by index: `cause.dehydration.indicator.0.why`,
 * `region.calf.stretch.instructions`, `technique.stretch.caution.0`, `topic.causes.keywords`). `localiseKnowledge`
 * walks the English data and swaps each text for its message, so every locale has exactly the same shapes.
 * scripts/knowledge-catalog.ts writes the en-GB catalog from the same walk.
 */

/** Gives the text of `key`; `english` is today's text (the extraction script records it, the translator ignores it). */
export type TextOf = (key: string, english: string) => string;

/** The fields whose value is a text a person reads. Every other field (ids, matchers, numbers, sources) is copied. */
const TEXT_FIELDS = new Set([
  'title',
  'text',
  'why',
  'advice',
  'expected',
  'how',
  'position',
  'instructions',
  'handsOn',
  'summary',
  'adjust',
]);
/** Nested objects and lists of objects with texts, and the key segment each gets. */
const NESTED: Readonly<Record<string, string>> = {
  stretch: 'stretch',
  withoutMassage: 'without-massage',
  indicators: 'indicator',
  worryIf: 'worry-if',
};
/** Lists of texts: one message per element, by index. */
const TEXT_LISTS: Readonly<Record<string, string>> = { cautions: 'caution' };
/** Keyword lists: one message per list, the words separated by ", " (each language has its own number of words). */
const KEYWORD_LISTS = new Set(['keywords']);
export const KEYWORD_SEPARATOR = ', ';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A copy of `entry` with every text replaced by `text(prefix.field, english)`. */
export function localiseEntry<T extends object>(entry: T, prefix: string, text: TextOf): T {
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(entry)) {
    if (TEXT_FIELDS.has(field) && typeof value === 'string') {
      copy[field] = text(`${prefix}.${kebab(field)}`, value);
    } else if (field in TEXT_LISTS && Array.isArray(value)) {
      copy[field] = value.map((element: string, index) => text(`${prefix}.${TEXT_LISTS[field]}.${index}`, element));
    } else if (KEYWORD_LISTS.has(field) && Array.isArray(value)) {
      copy[field] = text(`${prefix}.${kebab(field)}`, value.join(KEYWORD_SEPARATOR))
        .split(',')
        .map((word) => word.trim())
        .filter((word) => word !== '');
    } else if (field in NESTED && Array.isArray(value)) {
      copy[field] = value.map((element: object, index) =>
        localiseEntry(element, `${prefix}.${NESTED[field]}.${index}`, text),
      );
    } else if (field in NESTED && value !== null && typeof value === 'object') {
      copy[field] = localiseEntry(value, `${prefix}.${NESTED[field]}`, text);
    } else {
      copy[field] = value;
    }
  }
  return copy as T;
}

/** `cause-dehydration` in collection `cause` → `cause.dehydration`. */
function keyOf(collection: string, id: string, idPrefix = `${collection}-`): string {
  return `${collection}.${id.startsWith(idPrefix) ? id.slice(idPrefix.length) : id}`;
}

/** Every knowledge collection, in one language. Same shapes and ids as the English constants. */
export interface LocalisedKnowledge {
  topics: readonly Topic[];
  causes: readonly Cause[];
  aggravators: readonly Aggravator[];
  durationPatterns: readonly DurationPattern[];
  durationNotes: readonly KnowledgeItem[];
  techniques: readonly TechniqueGuide[];
  regions: Record<Region, RegionGuide>;
  frequencyGuidelines: readonly FrequencyGuideline[];
  monitoringRule: typeof MONITORING_RULE;
  benefits: readonly KnowledgeItem[];
  howMassageHelps: readonly KnowledgeItem[];
  whyMassageFeelsGood: KnowledgeItem;
  whenMassageHelps: readonly KnowledgeItem[];
  warningSigns: readonly WarningSign[];
  heatCold: readonly KnowledgeItem[];
  howToSteps: readonly KnowledgeItem[];
  massageTips: readonly KnowledgeItem[];
  techniqueNotes: readonly KnowledgeItem[];
  pinchedNerve: readonly KnowledgeItem[];
  shoulderPain: readonly KnowledgeItem[];
  afterWorkout: readonly KnowledgeItem[];
  medication: readonly KnowledgeItem[];
  nutritionHydration: readonly KnowledgeItem[];
  prevention: readonly KnowledgeItem[];
  stretching: readonly KnowledgeItem[];
  shouldMassage: readonly KnowledgeItem[];
  stopRule: KnowledgeItem;
  /** The short stop rule every plan step carries (STOP_RULE_TEXT). */
  stopRuleText: string;
}

const items = (list: readonly KnowledgeItem[], text: TextOf) =>
  list.map((item) => localiseEntry(item, `item.${item.id}`, text));

/** The whole knowledge base with its texts from `text` (the walk both the translator and the extraction use). */
export function buildLocalisedKnowledge(text: TextOf): LocalisedKnowledge {
  const regions = Object.fromEntries(
    REGIONS.map((region) => [region, localiseEntry(REGION_GUIDES[region], `region.${region}`, text)]),
  ) as Record<Region, RegionGuide>;
  const frequencyGuidelines = FREQUENCY_GUIDELINES.map((guideline) =>
    localiseEntry(guideline, `item.frequency-${guideline.id}`, text),
  );
  const monitoringRule = localiseEntry(MONITORING_RULE, `item.${MONITORING_RULE.id}`, text);
  const knowledge: Omit<LocalisedKnowledge, 'topics'> = {
    causes: CAUSES.map((cause) => localiseEntry(cause, keyOf('cause', cause.id), text)),
    aggravators: AGGRAVATORS.map((entry) => localiseEntry(entry, keyOf('aggravator', entry.id), text)),
    durationPatterns: DURATION_PATTERNS.map((pattern) => localiseEntry(pattern, `item.${pattern.id}`, text)),
    durationNotes: items(DURATION_NOTES, text),
    techniques: TECHNIQUE_GUIDES.map((guide) => localiseEntry(guide, `technique.${guide.technique}`, text)),
    regions,
    frequencyGuidelines,
    monitoringRule,
    benefits: items(BENEFITS, text),
    howMassageHelps: items(HOW_MASSAGE_HELPS, text),
    whyMassageFeelsGood: localiseEntry(WHY_MASSAGE_FEELS_GOOD, `item.${WHY_MASSAGE_FEELS_GOOD.id}`, text),
    whenMassageHelps: items(WHEN_MASSAGE_HELPS, text),
    warningSigns: WARNING_SIGNS.map((sign) => localiseEntry(sign, keyOf('warning-sign', sign.id, 'warning-'), text)),
    heatCold: items(HEAT_COLD_ITEMS, text),
    howToSteps: items(HOW_TO_STEPS, text),
    massageTips: items(MASSAGE_TIPS, text),
    techniqueNotes: items(TECHNIQUE_NOTES, text),
    pinchedNerve: items(PINCHED_NERVE_ITEMS, text),
    shoulderPain: items(SHOULDER_PAIN_ITEMS, text),
    afterWorkout: items(AFTER_WORKOUT_ITEMS, text),
    medication: items(MEDICATION_ITEMS, text),
    nutritionHydration: items(NUTRITION_HYDRATION_ITEMS, text),
    prevention: items(PREVENTION_ITEMS, text),
    stretching: items(STRETCHING_ITEMS, text),
    shouldMassage: items(SHOULD_MASSAGE_ITEMS, text),
    stopRule: localiseEntry(STOP_RULE, `item.${STOP_RULE.id}`, text),
    stopRuleText: text(`item.${STOP_RULE.id}.short-text`, STOP_RULE_TEXT),
  };

  // The items topics show, by id: the collections' entries stripped to items, plus the composed region and
  // frequency items (composed the same way as topic-items.ts, from the translated parts).
  const byId = new Map<string, KnowledgeItem>();
  const add = (item: KnowledgeItem) => byId.set(item.id, item);
  for (const entry of [
    ...knowledge.causes,
    ...knowledge.aggravators,
    ...knowledge.durationPatterns,
    ...knowledge.techniques,
    ...knowledge.warningSigns,
  ]) {
    add(toKnowledgeItem(entry));
  }
  for (const list of [
    knowledge.durationNotes,
    knowledge.benefits,
    knowledge.howMassageHelps,
    [knowledge.whyMassageFeelsGood],
    knowledge.whenMassageHelps,
    knowledge.heatCold,
    knowledge.howToSteps,
    knowledge.massageTips,
    knowledge.techniqueNotes,
    knowledge.pinchedNerve,
    knowledge.shoulderPain,
    knowledge.afterWorkout,
    knowledge.medication,
    knowledge.nutritionHydration,
    knowledge.prevention,
    knowledge.stretching,
    knowledge.shouldMassage,
    [knowledge.stopRule],
  ]) {
    for (const item of list) add(item);
  }
  REGIONS.forEach((region, index) => {
    const guide = regions[region];
    const stretch = REGION_STRETCH_ITEMS[index]!;
    const handsOn = REGION_HANDS_ON_ITEMS[index]!;
    add({
      id: stretch.id,
      title: text(`item.${stretch.id}.title`, stretch.title),
      text: `${guide.position} ${guide.stretch.instructions}`,
      source: guide.source,
    });
    add({
      id: handsOn.id,
      title: text(`item.${handsOn.id}.title`, handsOn.title),
      text: [guide.handsOn, ...guide.cautions].join(' '),
      source: guide.source,
    });
  });
  for (const guideline of frequencyGuidelines) {
    add({ id: `frequency-${guideline.id}`, title: guideline.title, text: guideline.text, source: guideline.source });
  }
  const monitoringItem = FREQUENCY_ITEMS.find((item) => item.id === MONITORING_RULE.id)!;
  add({
    id: monitoringRule.id,
    title: text(`item.${monitoringRule.id}.title`, monitoringItem.title),
    text: monitoringRule.text,
    source: monitoringRule.source,
  });

  const topics = TOPICS.map((topic) => {
    const localised = localiseEntry({ ...topic, items: [] }, `topic.${topic.id}`, text);
    return {
      ...localised,
      items: topic.items.map((item) => {
        const found = byId.get(item.id);
        if (!found) throw new Error(`knowledge topic ${topic.id} shows item ${item.id} that no collection holds`);
        return found;
      }),
    };
  });
  return { ...knowledge, topics };
}

/**
 * Where the reader is, for the texts that name a care service or number (`{country, select, …}` and `{emergency}` in
 * the messages): a Spanish text for someone in Germany names the Hausarzt's equivalent and 112.
 */
export interface KnowledgePlace {
  country: Country;
  /** The emergency number to print; the country's own when absent. */
  emergencyNumber?: string;
}

const EMERGENCY_NUMBERS: Record<Country, string> = { GB: '999', US: '911', ES: '112', DE: '112', other: '112' };
const COUNTRY_OF_LOCALE: Record<AnyLocale, Country> = {
  'en-GB': 'GB',
  'en-US': 'US',
  es: 'ES',
  de: 'DE',
  'en-XA': 'GB',
};

/** The country a locale implies when the person has not chosen one (en-GB → GB, es → ES). */
export function defaultCountryOf(locale: AnyLocale): Country {
  return COUNTRY_OF_LOCALE[locale];
}

const cache = new WeakMap<Translator, Map<string, LocalisedKnowledge>>();

/**
 * The knowledge base in the translator's language (its `knowledge` namespace must be loaded), with care services
 * and numbers for `place` (by default the locale's own country). Cached per translator and place.
 * @example localiseKnowledge(await loadTranslator('es', ['knowledge'])).causes[0].title // 'Deshidratación'
 */
export function localiseKnowledge(t: Translator, place?: KnowledgePlace): LocalisedKnowledge {
  const country = place?.country ?? defaultCountryOf(t.locale);
  const emergency = place?.emergencyNumber ?? EMERGENCY_NUMBERS[country];
  let byPlace = cache.get(t);
  if (!byPlace) {
    byPlace = new Map();
    cache.set(t, byPlace);
  }
  const cacheKey = `${country} ${emergency}`;
  let knowledge = byPlace.get(cacheKey);
  if (!knowledge) {
    knowledge = buildLocalisedKnowledge((key) => t.t(`knowledge.${key}`, { country, emergency }));
    byPlace.set(cacheKey, knowledge);
  }
  return knowledge;
}

/** KNOWLEDGE_BASE (what `knead knowledge --json` and `GET /api/v1/knowledge` print) in the translator's language. */
export function knowledgeBaseIn(t: Translator, place?: KnowledgePlace) {
  const k = localiseKnowledge(t, place);
  return addCitations({
    topics: k.topics,
    causes: k.causes,
    aggravators: k.aggravators,
    durationPatterns: k.durationPatterns,
    techniques: k.techniques,
    regions: REGIONS.map((region) => k.regions[region]),
    frequencyGuidelines: k.frequencyGuidelines,
    benefits: k.benefits,
    warningSigns: k.warningSigns,
    sources: (Object.keys(SOURCES) as SourceId[]).map((id) => ({ id, citation: SOURCES[id] })),
  });
}

/**
 * Today's English texts by key: the en-GB `knowledge` catalog (scripts/knowledge-catalog.ts writes it). Throws
 * when two places would share a key with different texts.
 */
export function extractKnowledgeCatalog(): Record<string, string> {
  const catalog: Record<string, string> = {};
  buildLocalisedKnowledge((key, english) => {
    if (key in catalog && catalog[key] !== english) throw new Error(`knowledge key ${key} has two different texts`);
    catalog[key] = english;
    return english;
  });
  return catalog;
}
