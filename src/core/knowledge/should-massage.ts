import type { KnowledgeItem } from './types';

/** The article's answer to "should you massage a spasm?", its contraindications and when to stop. */
export const SHOULD_MASSAGE_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'should-massage-yes',
    title: 'Yes, massage often helps',
    text: 'Yes, massaging a muscle spasm can often be beneficial in relieving discomfort and promoting relaxation of the affected muscle. Massage can help relax the muscle fibers, increase blood circulation to the area, and alleviate the spasm.',
    source: 'article:should-massage',
  },
  {
    id: 'should-massage-caution',
    title: 'Not all spasms are the same',
    text: 'Caution should be exercised, as not all muscle spasms are created equal. It is essential to understand the root cause of the spasm before deciding whether or not to massage it. Massage may provide temporary relief but could potentially worsen the condition if the underlying cause is not addressed.',
    source: 'article:intro',
  },
  {
    id: 'should-massage-gentle',
    title: 'A gentle massage relaxes the muscle',
    text: 'A gentle massage can help relax the muscle and improve blood circulation, potentially reducing the severity and duration of the spasm. Massage also releases endorphins, which act as natural pain relievers and promote relaxation.',
    source: 'article:intro',
  },
  {
    id: 'should-massage-contraindications',
    title: 'When not to massage: injury, inflammation, extreme tenderness',
    text: 'If the muscle spasm is due to an acute injury, or if the area is inflamed or extremely tender, it is best to avoid aggressive massage and seek medical advice.',
    source: 'article:should-massage',
  },
  {
    id: 'should-massage-persists',
    title: 'If it persists or worsens, consult a professional',
    text: 'If the muscle spasm persists or worsens despite massage and self-care measures, consult a healthcare professional for further evaluation and guidance.',
    source: 'article:should-massage',
  },
  {
    id: 'should-massage-ask-professional',
    title: 'Ask a professional when unsure',
    text: 'The decision to massage a muscle spasm should be based on your specific circumstances. Consulting a healthcare professional or a licensed massage therapist can help decide whether massage is appropriate; with the right approach, massage is a complementary treatment.',
    source: 'article:intro',
  },
  {
    id: 'should-massage-red-flags',
    title: 'Never massage when there are warning signs',
    text: 'Do not massage a leg that is swollen, warm or red (it could be a blood clot), an area with a fever, an open wound, or a cramp in the chest or belly: get medical advice first.',
    source: 'clinical:massage-precautions',
  },
  {
    id: 'should-massage-gentle-only',
    title: 'Gentle only in some situations',
    text: 'With a bleeding disorder, blood thinners, pregnancy, fibromyalgia or multiple sclerosis, over the neck, or with pain spreading along a nerve, keep to light pressure and avoid deep or firm techniques.',
    source: 'clinical:massage-precautions',
  },
];

/** The article's monitoring rule, shown with every plan and session: when to stop. */
export const STOP_RULE: KnowledgeItem = {
  id: 'stop-rule',
  title: 'Stop if it gets worse',
  text: 'Pay attention to how the muscle spasm responds to the massage. If the spasm begins to release, the muscle relaxes and the pain diminishes. If the pain intensifies or the spasm worsens during the massage, discontinue the massage and seek medical advice.',
  source: 'article:how-to-massage',
};
