import { SOURCES, type SourceId } from '../sources';
import { REGIONS } from '../vocabulary-lists';
import { AGGRAVATORS } from './aggravators';
import { BENEFITS } from './benefits';
import { CAUSES } from './causes';
import { addCitations, type JsonValue } from './citations';
import { DURATION_PATTERNS } from './duration';
import { FREQUENCY_GUIDELINES } from './frequency';
import { REGION_GUIDES } from './regions';
import { TECHNIQUE_GUIDES } from './techniques';
import { TOPICS } from './topics';
import { WARNING_SIGNS } from './warning-signs';

export { AGGRAVATORS } from './aggravators';
export { BENEFITS, HOW_MASSAGE_HELPS, WHY_MASSAGE_FEELS_GOOD } from './benefits';
export { CAUSES } from './causes';
export { addCitations, type Cited, type JsonValue } from './citations';
export { DURATION_PATTERNS } from './duration';
export { DURATION_NOTES } from './duration-notes';
export { FREQUENCY_GUIDELINES, MONITORING_RULE } from './frequency';
export { HEAT_COLD_ITEMS } from './heat-cold';
export { HOW_TO_STEPS, MASSAGE_TIPS, TECHNIQUE_NOTES } from './how-to';
export { AFTER_WORKOUT_ITEMS, PINCHED_NERVE_ITEMS, SHOULDER_PAIN_ITEMS } from './more-topics';
export { MEDICATION_ITEMS, NUTRITION_HYDRATION_ITEMS } from './nutrition';
export { PREVENTION_ITEMS, STRETCHING_ITEMS } from './prevention';
export { REGION_GUIDES } from './regions';
export { SHOULD_MASSAGE_ITEMS, STOP_RULE } from './should-massage';
export { TECHNIQUE_GUIDES } from './techniques';
export { findTopic, TOPICS } from './topics';
export { WARNING_SIGNS } from './warning-signs';
export { WHEN_MASSAGE_HELPS } from './when-massage-helps';

/**
 * The whole knowledge base as one serialisable object (what `knead knowledge --json` and
 * `GET /api/v1/knowledge` print): every entry keeps its `source` id and gains its readable `citation`.
 */
export const KNOWLEDGE_BASE = addCitations({
  topics: TOPICS,
  causes: CAUSES,
  aggravators: AGGRAVATORS,
  durationPatterns: DURATION_PATTERNS,
  techniques: TECHNIQUE_GUIDES,
  regions: REGIONS.map((region) => REGION_GUIDES[region]),
  frequencyGuidelines: FREQUENCY_GUIDELINES,
  benefits: BENEFITS,
  warningSigns: WARNING_SIGNS,
  sources: (Object.keys(SOURCES) as SourceId[]).map((id) => ({ id, citation: SOURCES[id] })),
});
export type KnowledgeBase = typeof KNOWLEDGE_BASE;

// Compile-time proof that the knowledge base is plain JSON (a function or class here is a type error).
KNOWLEDGE_BASE satisfies JsonValue;

export {
  buildLocalisedKnowledge,
  extractKnowledgeCatalog,
  knowledgeBaseIn,
  type LocalisedKnowledge,
  localiseKnowledge,
} from './localise';
