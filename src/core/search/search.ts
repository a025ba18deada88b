import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { Translator } from '../i18n/translator';
import { localiseKnowledge } from '../knowledge/localise';
import { TOPICS } from '../knowledge/topics';
import type { Topic } from '../knowledge/types';
import type { TopicId } from '../vocabulary';
import {
  type Analyser,
  analyserFor,
  analyseWith,
  type SearchLanguage,
  searchLanguageOf,
  stemPhraseWith,
} from './analysers';
import { makeSnippet } from './snippet';
import { expandSynonyms } from './synonyms';

/** One answer: the topic, its title, the BM25 score and the best-matching statement. */
export interface SearchResult {
  topic: TopicId;
  title: string;
  score: number;
  snippet: string;
}

interface TopicDocument {
  id: TopicId;
  title: string;
  summary: string;
  keywords: string;
  itemTitles: string;
  itemTexts: string;
}

/** An item's terms, precomputed so picking the snippet needs no second search. */
interface IndexedItem {
  text: string;
  titleTerms: ReadonlySet<string>;
  textTerms: ReadonlySet<string>;
}

/** Topics are ranked by BM25 on everything they say; each topic's items then pick the snippet. */
export interface KnowledgeIndex {
  topics: MiniSearch<TopicDocument>;
  items: ReadonlyMap<TopicId, readonly IndexedItem[]>;
  /** How rare each term is among items (inverse document frequency), to weigh snippet matches. */
  itemIdf: ReadonlyMap<string, number>;
  byId: ReadonlyMap<TopicId, Topic>;
  /** The language the topics are written in: documents and queries are analysed by its rules. */
  analyser: Analyser;
}

/** Synonyms widen recall but must not outrank the words the person actually typed. */
const SYNONYM_WEIGHT = 0.3;
const DEFAULT_LIMIT = 5;
/** Long pasted text adds nothing but cost; the first words carry the question. */
const MAX_QUERY_LENGTH = 300;
const TOPIC_BOOSTS = { title: 2, keywords: 2, summary: 1.5, itemTitles: 1.5, itemTexts: 1 };

/**
 * Builds the search indexes over the knowledge topics (done once, lazily, by `searchKnowledge`), analysing them
 * by the rules of `language` (the language the topics are written in).
 * @example buildKnowledgeIndex().topics.documentCount // 18
 */
export function buildKnowledgeIndex(
  topics: readonly Topic[] = TOPICS,
  language: SearchLanguage = 'en',
): KnowledgeIndex {
  const analyser = analyserFor(language);
  const analyseText = (text: string) => analyseWith(analyser, text);
  const topicIndex = new MiniSearch<TopicDocument>({
    fields: ['title', 'summary', 'keywords', 'itemTitles', 'itemTexts'],
    tokenize: (text: string) => analyser.tokenize(text),
    processTerm: (term: string) => analyser.processTerm(term),
  });
  topicIndex.addAll(
    topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      summary: topic.summary,
      keywords: topic.keywords.join(' '),
      itemTitles: topic.items.map((item) => item.title).join(' '),
      itemTexts: topic.items.map((item) => item.text).join(' '),
    })),
  );
  const items = new Map<TopicId, IndexedItem[]>();
  const documentFrequency = new Map<string, number>();
  for (const topic of topics) {
    const indexed = topic.items.map((item) => ({
      text: item.text,
      titleTerms: new Set(analyseText(item.title)),
      textTerms: new Set(analyseText(item.text)),
    }));
    for (const item of indexed) {
      for (const term of new Set([...item.titleTerms, ...item.textTerms])) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    items.set(topic.id, indexed);
  }
  const itemCount = [...items.values()].reduce((sum, list) => sum + list.length, 0);
  const itemIdf = new Map([...documentFrequency].map(([term, count]) => [term, Math.log(1 + itemCount / count)]));
  return { topics: topicIndex, items, itemIdf, byId: new Map(topics.map((topic) => [topic.id, topic])), analyser };
}

let cachedIndex: KnowledgeIndex | undefined;
/** One index per localised topic list (localiseKnowledge caches the list per translator). */
const localisedIndexes = new WeakMap<readonly Topic[], KnowledgeIndex>();

function getIndex(): KnowledgeIndex {
  cachedIndex ??= buildKnowledgeIndex();
  return cachedIndex;
}

function getLocalisedIndex(t: Translator): KnowledgeIndex {
  const language = searchLanguageOf(t.locale);
  // English, GB or US spelling alike: the en-GB topics are today's TOPICS, so its index is the shared one.
  if (t.locale === 'en-GB') return getIndex();
  const topics = localiseKnowledge(t).topics;
  let index = localisedIndexes.get(topics);
  if (!index) {
    index = buildKnowledgeIndex(topics, language);
    localisedIndexes.set(topics, index);
  }
  return index;
}

/** The query as processed terms plus their synonyms, and options weighting the typed words higher. */
function buildQuery(
  query: string,
  analyser: Analyser,
): { query: Query; options: SearchOptions; terms: string[]; weights: Map<string, number> } | null {
  const typed = [...new Set(analyseWith(analyser, query.slice(0, MAX_QUERY_LENGTH)))];
  if (typed.length === 0) return null;
  const synonyms = expandSynonyms(stemPhraseWith(analyser, query.slice(0, MAX_QUERY_LENGTH)), typed, analyser.language);
  const typedSet = new Set(typed);
  const options: SearchOptions = {
    // Terms are already stemmed: the index must not process them again.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => (typedSet.has(term) ? 1 : SYNONYM_WEIGHT),
    // Typo tolerance only for what was typed: fuzzy synonyms would multiply the work for little gain.
    fuzzy: (term) => (term.length >= 6 && typedSet.has(term) ? 0.2 : false),
    combineWith: 'OR',
  };
  const terms = [...typed, ...synonyms];
  const weights = new Map(terms.map((term) => [term, typedSet.has(term) ? 1 : SYNONYM_WEIGHT]));
  return { query: terms.join(' '), options, terms, weights };
}

/**
 * Searches the knowledge base: BM25 over the topics with stemming, stop words and synonyms.
 * Returns the best topics first; a blank query returns [].
 * @example searchKnowledge('how long should a cramp last?')[0].topic // 'duration'
 */
export function searchKnowledge(query: string, options: { limit?: number } = {}): SearchResult[] {
  return searchIndex(getIndex(), query, options);
}

/**
 * Searches the knowledge base in the translator's language (its `knowledge` namespace loaded): a Spanish question
 * finds the Spanish topic, analysed with Spanish stemming, stop words and synonyms. en-GB is `searchKnowledge`.
 * @example searchKnowledgeIn(await loadTranslator('es', ['knowledge']), 'cuánto dura un calambre')[0].topic // 'duration'
 */
export function searchKnowledgeIn(t: Translator, query: string, options: { limit?: number } = {}): SearchResult[] {
  return searchIndex(getLocalisedIndex(t), query, options);
}

function searchIndex(index: KnowledgeIndex, query: string, options: { limit?: number }): SearchResult[] {
  const built = buildQuery(query, index.analyser);
  if (!built) return [];
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const hits = index.topics.search(built.query, { ...built.options, boost: TOPIC_BOOSTS }).slice(0, limit);
  return hits.map((hit) => {
    const topic = index.byId.get(hit.id as TopicId) as Topic;
    return {
      topic: topic.id,
      title: topic.title,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: makeSnippet(
        findBestItemText(index, topic.id, built.weights) ?? topic.summary,
        built.terms,
        undefined,
        (text) => analyseWith(index.analyser, text),
      ),
    };
  });
}

/** The text of the topic's item that best matches the query terms (title matches count more). */
function findBestItemText(index: KnowledgeIndex, topic: TopicId, weights: ReadonlyMap<string, number>) {
  let bestText: string | undefined;
  let bestScore = 0;
  for (const item of index.items.get(topic) ?? []) {
    let score = 0;
    for (const [term, weight] of weights) {
      const idf = index.itemIdf.get(term) ?? 0;
      if (item.textTerms.has(term)) score += weight * idf;
      if (item.titleTerms.has(term)) score += weight * idf * 1.5;
    }
    if (score > bestScore) [bestText, bestScore] = [item.text, score];
  }
  return bestText;
}
