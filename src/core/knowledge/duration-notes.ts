import type { KnowledgeItem } from './types';

// Apart from duration.ts: the engine loads the patterns, only the topics load these notes (the web's shared chunk).
/** The article's overall statements about duration, shown with the scenarios. */
export const DURATION_NOTES: readonly KnowledgeItem[] = [
  {
    id: 'duration-varies',
    title: 'Duration varies',
    text: 'The duration of muscle spasms varies from person to person. In most cases they resolve within a few seconds to a couple of minutes; some episodes last several minutes or even hours. The underlying cause, the severity of the spasm and individual factors all play a part.',
    source: 'article:duration',
  },
  {
    id: 'duration-when-to-seek-help',
    title: 'Most resolve on their own',
    text: 'Most episodes resolve on their own without any medical intervention. However, persistent or recurring muscle spasms may warrant medical attention; knowing the typical duration helps you decide when to seek help from a healthcare professional.',
    source: 'article:duration',
  },
];
