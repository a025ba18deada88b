import type { KnowledgeItem } from './types';

/** The article's 5 scenarios where massage helps, plus chronic conditions and stress. */
export const WHEN_MASSAGE_HELPS: readonly KnowledgeItem[] = [
  {
    id: 'helps-acute',
    title: 'Acute spasms from overexertion or strain',
    text: 'When spasms are caused by sudden overexertion, muscle strain, or injury, a massage can provide relief: it can help relax the muscle, reduce pain and alleviate spasms. (After an injury, start gently and seek advice if the area is inflamed or extremely tender.)',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-chronic',
    title: 'Chronic or recurring spasms',
    text: 'If you experience recurring or chronic muscle spasms, massage can be part of a comprehensive treatment approach. Regular massages may help manage and reduce the frequency and intensity of chronic spasms.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-stress-tension',
    title: 'Spasms from stress or tension',
    text: 'Massage promotes relaxation and reduces stress levels; by targeting areas of tension, it can help alleviate muscle spasms caused by stress and tension.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-sports',
    title: 'Sports-related spasms',
    text: 'Athletes and people doing intense physical activity are prone to spasms. Regular sports massages focused on specific muscle groups can help prevent and manage spasms by improving flexibility, reducing tension and enhancing recovery.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-rehabilitation',
    title: 'Rehabilitation and recovery',
    text: 'When spasms follow an injury, surgery or a medical condition, massage can be a valuable part of rehabilitation: it helps reduce stiffness, promote healing and enhance recovery.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-exertion',
    title: 'After exertion or muscle fatigue',
    text: 'A prime time for massage is when spasms are triggered by excessive physical exertion or muscle fatigue, such as intense workouts or repetitive movements that make muscle spindle cells overly sensitive.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-fibromyalgia-ms',
    title: 'Fibromyalgia and multiple sclerosis',
    text: 'People with chronic conditions such as fibromyalgia or multiple sclerosis may also find respite through massage therapy: it targets the affected areas, boosts blood flow and eases muscle contractions.',
    source: 'article:when-massage-helps',
  },
  {
    id: 'helps-stress-induced',
    title: 'Stress-induced spasms',
    text: 'Stress can lead to muscle tightening and prolonged spasms. Regular massage sessions can alleviate stress-related muscle spasms by promoting relaxation and a soothing touch that loosens tight muscles.',
    source: 'article:when-massage-helps',
  },
];
