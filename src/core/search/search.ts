import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { TOPICS } from '../knowledge/topics';
import type { Topic } from '../knowledge/types';
import type { TopicId } from '../vocabulary';
import { makeSnippet } from './snippet';
import { expandSynonyms } from './synonyms';
import { analyseText, processSearchTerm, tokenizeText } from './text';

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

interface ItemDocument {
  id: string;
  topic: TopicId;
  title: string;
  text: string;
}

/** The two indexes: topics are ranked on everything they say; items pick the snippet. */
export interface KnowledgeIndex {
  topics: MiniSearch<TopicDocument>;
  items: MiniSearch<ItemDocument>;
  byId: ReadonlyMap<TopicId, Topic>;
}

/** Synonyms widen recall but must not outrank the words the person actually typed. */
const SYNONYM_WEIGHT = 0.3;
const DEFAULT_LIMIT = 5;
/** Long pasted text adds nothing but cost; the first words carry the question. */
const MAX_QUERY_LENGTH = 300;
const TOPIC_BOOSTS = { title: 2, keywords: 2, summary: 1.5, itemTitles: 1.5, itemTexts: 1 };

const indexOptions = {
  tokenize: (text: string) => tokenizeText(text),
  processTerm: (term: string) => processSearchTerm(term),
};

/**
 * Builds the search indexes over the knowledge topics (done once, lazily, by `searchKnowledge`).
 * @example buildKnowledgeIndex().topics.documentCount // 18
 */
export function buildKnowledgeIndex(topics: readonly Topic[] = TOPICS): KnowledgeIndex {
  const topicIndex = new MiniSearch<TopicDocument>({
    fields: ['title', 'summary', 'keywords', 'itemTitles', 'itemTexts'],
    ...indexOptions,
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
  const itemIndex = new MiniSearch<ItemDocument>({
    fields: ['title', 'text'],
    storeFields: ['topic', 'text'],
    ...indexOptions,
  });
  itemIndex.addAll(
    topics.flatMap((topic) =>
      topic.items.map((item) => ({
        id: `${topic.id}/${item.id}`,
        topic: topic.id,
        title: item.title,
        text: item.text,
      })),
    ),
  );
  return { topics: topicIndex, items: itemIndex, byId: new Map(topics.map((topic) => [topic.id, topic])) };
}

let cachedIndex: KnowledgeIndex | undefined;

function getIndex(): KnowledgeIndex {
  cachedIndex ??= buildKnowledgeIndex();
  return cachedIndex;
}

/** The query as processed terms plus their synonyms, and options weighting the typed words higher. */
function buildQuery(query: string): { query: Query; options: SearchOptions; terms: string[] } | null {
  const typed = [...new Set(analyseText(query.slice(0, MAX_QUERY_LENGTH)))];
  if (typed.length === 0) return null;
  const synonyms = expandSynonyms(typed);
  const typedSet = new Set(typed);
  const options: SearchOptions = {
    // Terms are already stemmed: the index must not process them again.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (term) => (typedSet.has(term) ? 1 : SYNONYM_WEIGHT),
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    combineWith: 'OR',
  };
  return { query: [...typed, ...synonyms].join(' '), options, terms: [...typed, ...synonyms] };
}

/**
 * Searches the knowledge base: BM25 over the topics with stemming, stop words and synonyms.
 * Returns the best topics first; a blank query returns [].
 * @example searchKnowledge('how long should a cramp last?')[0].topic // 'duration'
 */
export function searchKnowledge(query: string, options: { limit?: number } = {}): SearchResult[] {
  const built = buildQuery(query);
  if (!built) return [];
  const index = getIndex();
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const hits = index.topics.search(built.query, { ...built.options, boost: TOPIC_BOOSTS }).slice(0, limit);
  return hits.map((hit) => {
    const topic = index.byId.get(hit.id as TopicId) as Topic;
    const best = index.items.search(built.query, { ...built.options, filter: (item) => item.topic === topic.id })[0];
    const text = typeof best?.text === 'string' ? best.text : topic.summary;
    return {
      topic: topic.id,
      title: topic.title,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: makeSnippet(text, built.terms),
    };
  });
}
