import type { KnowledgeItem } from './types';

/** The article's 7 benefits of massage for spasms, plus endorphins and adhesions. */
export const BENEFITS: readonly KnowledgeItem[] = [
  {
    id: 'benefit-relaxation',
    title: 'Relaxation of muscles',
    text: 'Massage helps relax muscle fibers, reducing tension and tightness that can contribute to muscle spasms, and allows the muscles to return to a more relaxed state.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-circulation',
    title: 'Improved blood circulation',
    text: 'Massage increases blood flow to the muscles, enhancing oxygen and nutrient delivery. This improved circulation can help in the healing process, reduce muscle soreness, and relieve muscle spasms.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-pain-relief',
    title: 'Less pain and discomfort',
    text: 'Massage promotes the release of endorphins, natural pain-relieving substances in the body, which can alleviate the pain and discomfort of muscle spasms and provide temporary relief.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-flexibility',
    title: 'Increased flexibility and range of motion',
    text: 'Muscle spasms can lead to stiffness and limited range of motion. Massage techniques, including stretching and mobilization, can help increase flexibility and restore the normal range of motion.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-stress',
    title: 'Stress reduction',
    text: 'Stress and anxiety can exacerbate muscle spasms. Massage induces relaxation and helps reduce stress levels by activating the parasympathetic nervous system.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-prevention',
    title: 'Prevention of future spasms',
    text: 'Regular massage sessions can help prevent future muscle spasms by addressing muscle imbalances, reducing muscle tension, and improving overall muscle health.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-wellbeing',
    title: 'Psychological well-being',
    text: 'Massage can have positive effects on mental and emotional well-being: it promotes relaxation, reduces anxiety, and enhances a sense of well-being, which can indirectly contribute to fewer spasms.',
    source: 'article:benefits',
  },
  {
    id: 'benefit-endorphins',
    title: 'Endorphins: natural painkillers',
    text: "Massage promotes the release of endorphins, the body's natural painkillers, and increased circulation delivers nutrients and oxygen to the muscles, aiding the relaxation of spasms.",
    source: 'article:benefits',
  },
  {
    id: 'benefit-adhesions',
    title: 'Breaking up adhesions and scar tissue',
    text: 'Massage helps break up adhesions and scar tissue that may contribute to muscle spasms. These adhesions often result from previous injuries or repetitive stress; targeted techniques break them down, improving muscle function.',
    source: 'article:benefits',
  },
];

/** How massage relieves a spasm ("Does Massage Help Muscle Spasms?"). */
export const HOW_MASSAGE_HELPS: readonly KnowledgeItem[] = [
  {
    id: 'helps-blood-flow',
    title: 'Increased blood flow',
    text: 'Massage improves blood circulation in the muscles, delivering oxygen and nutrients to the affected area. Increased blood flow can promote healing, reduce muscle tension, and relieve spasms.',
    source: 'article:does-massage-help',
  },
  {
    id: 'helps-relaxation',
    title: 'Muscle relaxation',
    text: 'Kneading, stroking and gentle stretching help relax tight and contracted muscles and encourage the release of built-up tension, which can reduce spasms.',
    source: 'article:does-massage-help',
  },
  {
    id: 'helps-flexibility',
    title: 'Improved flexibility',
    text: 'Massage can increase the flexibility of the muscles by stretching and elongating the muscle fibers, which can help prevent future spasms.',
    source: 'article:does-massage-help',
  },
  {
    id: 'helps-pain-relief',
    title: 'Pain relief',
    text: 'The pressure and manipulation of a massage can stimulate the release of endorphins, natural pain-relieving chemicals in the body.',
    source: 'article:does-massage-help',
  },
  {
    id: 'helps-stress',
    title: 'Stress reduction',
    text: 'Massage promotes relaxation and reduces stress by activating the parasympathetic nervous system, reducing tension in the body.',
    source: 'article:does-massage-help',
  },
  {
    id: 'helps-varies',
    title: 'Results vary',
    text: 'The effectiveness of massage varies with the individual and the underlying cause of the spasms. A licensed massage therapist or healthcare professional can help choose the most appropriate techniques.',
    source: 'article:does-massage-help',
  },
];

/** "Why Does Massaging Sore Muscles Feel Good?" */
export const WHY_MASSAGE_FEELS_GOOD: KnowledgeItem = {
  id: 'why-massage-feels-good',
  title: 'Why massaging sore muscles feels good',
  text: 'Rubbing sore muscles feels good because massage increases blood circulation, releases endorphins and reduces muscle tension; it also promotes relaxation and reduces stress, contributing to an overall sense of well-being.',
  source: 'article:why-feels-good',
};
