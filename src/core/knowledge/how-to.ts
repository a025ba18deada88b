import type { KnowledgeItem } from './types';

/** The article's 7 steps ("How Do You Massage a Muscle Spasm?"), in order. */
export const HOW_TO_STEPS: readonly KnowledgeItem[] = [
  {
    id: 'how-to-find',
    title: '1. Find the spasm',
    text: 'Locate the specific area of the muscle where the spasm or knot is occurring. It may feel tight, tender, or knotted compared to the surrounding muscle tissue.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-gentle-pressure',
    title: '2. Apply gentle pressure',
    text: 'Place your fingertips, knuckles, or the palm of your hand on the affected area with a gentle amount of pressure. Start with light pressure and gradually increase it as tolerated: firm enough to reach the underlying muscle but not so intense that it causes pain.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-circular',
    title: '3. Use circular motions',
    text: 'Massage the spasm using small, circular patterns with your fingers or palm over the affected area. Gradually work your way outward from the center of the spasm, covering the entire muscle if needed.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-adjust',
    title: '4. Adjust the pressure',
    text: 'Pay attention to the response of the muscle and adjust the pressure as necessary. If the spasm feels too sensitive or painful, reduce the pressure slightly. If the muscle can tolerate more pressure, increase it gradually.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-stretch',
    title: '5. Combine with stretching',
    text: 'As you massage, gently incorporate stretching movements to further relax the muscle. Perform slow and gentle stretches that feel comfortable and do not cause additional pain; flex or extend the joint associated with the muscle, or do simple range-of-motion exercises.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-heat-cold',
    title: '6. Apply heat or cold (optional)',
    text: 'If it provides additional relief, apply heat or cold: heat can help relax the muscle, while cold therapy can reduce inflammation. Use a warm towel, heating pad, or ice pack wrapped in a cloth, and apply it to the area for around 15-20 minutes.',
    source: 'article:how-to-massage',
  },
  {
    id: 'how-to-monitor',
    title: '7. Monitor the response',
    text: 'Pay attention to how the spasm responds. If it begins to release, you may feel the muscle relax and the pain diminish. If the pain intensifies or the spasm worsens during the massage, discontinue the massage and seek medical advice.',
    source: 'article:how-to-massage',
  },
];

/** The article's 5 tips for massaging a spasm ("Should You Massage a Muscle Spasm?"). */
export const MASSAGE_TIPS: readonly KnowledgeItem[] = [
  {
    id: 'tip-gentle-pressure',
    title: 'Tip: apply gentle pressure',
    text: 'Start by applying gentle pressure to the area of the spasm. Use your fingertips, knuckles, or the palm of your hand to exert firm but gentle pressure on the affected muscle.',
    source: 'article:should-massage',
  },
  {
    id: 'tip-circular-motions',
    title: 'Tip: massage in circular motions',
    text: 'Use circular motions with your fingers or palm. Begin with light pressure and gradually increase it as tolerated, focusing on the tense or knotted area.',
    source: 'article:should-massage',
  },
  {
    id: 'tip-stretch',
    title: 'Tip: stretch the muscle',
    text: 'Combine the massage with gentle stretching. Slowly and gently stretch the muscle in a way that feels comfortable, but avoid any movements that cause pain or discomfort.',
    source: 'article:should-massage',
  },
  {
    id: 'tip-heat-cold',
    title: 'Tip: heat or cold therapy',
    text: 'Depending on personal preference, applying heat or cold may provide additional relief. Heat can help relax the muscle and increase blood flow, while cold therapy can reduce inflammation and numb the area.',
    source: 'article:should-massage',
  },
  {
    id: 'tip-relaxation',
    title: 'Tip: relaxation and deep breathing',
    text: 'Incorporating relaxation techniques, such as deep breathing or progressive muscle relaxation, during the massage can enhance its effectiveness. Relax the surrounding muscles and focus on deep, slow breaths.',
    source: 'article:should-massage',
  },
];

/** Why it helps, and when to get a therapist's view ("Muscle Spasm Massage Techniques"). */
export const TECHNIQUE_NOTES: readonly KnowledgeItem[] = [
  {
    id: 'techniques-overview',
    title: 'What massage techniques do',
    text: 'Muscle spasm massage techniques target and release the tension within the affected muscles: they relax the muscle fibers, increase blood circulation and improve oxygen flow to the area, helping to prevent further spasms and promote healing.',
    source: 'article:techniques',
  },
  {
    id: 'techniques-regular-sessions',
    title: 'Regular sessions and a qualified therapist',
    text: 'Regular massage sessions can provide immediate relief and contribute to long-term prevention by reducing muscle tension. Consult a qualified massage therapist or healthcare professional to determine the most suitable technique for your needs and to ensure proper technique.',
    source: 'article:techniques',
  },
];
