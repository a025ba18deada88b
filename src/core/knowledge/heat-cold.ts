import type { KnowledgeItem } from './types';

/** Heat or cold: what each does, how long, and how to apply it safely. */
export const HEAT_COLD_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'heat-relaxes',
    title: 'Heat relaxes the muscle',
    text: 'Heat can help relax the muscle and increase blood flow. Applying a heating pad or taking a warm bath improves blood circulation and can help relieve spasms.',
    source: 'article:causes',
  },
  {
    id: 'cold-reduces-inflammation',
    title: 'Cold reduces inflammation and numbs',
    text: 'Cold therapy can reduce inflammation and numb the area. It is the better choice for a fresh injury or an area that is swollen, red, warm or very tender.',
    source: 'article:should-massage',
  },
  {
    id: 'heat-cold-how-long',
    title: 'How to apply it: 15-20 minutes, wrapped',
    text: 'Use a warm towel, heating pad, or ice pack wrapped in a cloth, and apply it to the area for around 15-20 minutes.',
    source: 'article:how-to-massage',
  },
  {
    id: 'heat-cold-choice',
    title: 'Which to choose',
    text: 'Depending on personal preference, heat or cold may provide additional relief. Knead suggests cold for a fresh injury, swelling, redness, warmth or extreme tenderness, and heat otherwise.',
    source: 'article:should-massage',
  },
  {
    id: 'heat-cold-safety',
    title: 'Protect your skin',
    text: 'Never put ice or a heat source straight on the skin, and never use heat on a swollen, red or warm area. If the area is numb you may not feel a burn or frostbite, so check the skin often.',
    source: 'clinical:massage-precautions',
  },
];
