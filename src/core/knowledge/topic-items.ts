import { REGION_LABELS } from '../messages/labels';
import { REGIONS } from '../vocabulary-lists';
import { FREQUENCY_GUIDELINES, MONITORING_RULE } from './frequency';
import { REGION_GUIDES } from './regions';
import type { KnowledgeItem } from './types';

/** Strips an entry to the plain item a topic shows (id, title, text, source). */
export function toKnowledgeItem(entry: KnowledgeItem): KnowledgeItem {
  return { id: entry.id, title: entry.title, text: entry.text, source: entry.source };
}

/** Each region's stretch and position, as items of the stretching topic. */
export const REGION_STRETCH_ITEMS: readonly KnowledgeItem[] = REGIONS.map((region) => {
  const guide = REGION_GUIDES[region];
  return {
    id: `region-stretch-${region}`,
    title: `${REGION_LABELS[region]}: ${guide.stretch.title}`,
    text: `${guide.position} ${guide.stretch.instructions}`,
    source: guide.source,
  };
});

/** Where the hands go for each region, and its cautions, as items of the how-to topic. */
export const REGION_HANDS_ON_ITEMS: readonly KnowledgeItem[] = REGIONS.map((region) => {
  const guide = REGION_GUIDES[region];
  return {
    id: `region-massage-${region}`,
    title: `Massaging the ${REGION_LABELS[region].toLowerCase()}`,
    text: [guide.handsOn, ...guide.cautions].join(' '),
    source: guide.source,
  };
});

/** The article's four frequency guidelines plus its monitoring rule, as items. */
export const FREQUENCY_ITEMS: readonly KnowledgeItem[] = [
  ...FREQUENCY_GUIDELINES.map((guideline) => ({
    id: `frequency-${guideline.id}`,
    title: guideline.title,
    text: guideline.text,
    source: guideline.source,
  })),
  {
    id: MONITORING_RULE.id,
    title: 'Keep going only while it helps',
    text: MONITORING_RULE.text,
    source: MONITORING_RULE.source,
  },
];
