import type { Technique } from '../vocabulary';
import type { TechniqueGuide } from './types';

/** The article's rule for every step: stop when it gets worse. */
export const STOP_RULE_TEXT = 'If the pain intensifies or the spasm worsens, stop the massage and seek medical advice.';

/**
 * One guide per technique, with the article's parameters (pressure, strokes, holds, repetitions).
 * `allowedPressure` caps each technique per massage permission: under `gentle` only locate, light
 * stretching, light effleurage, breathing, heat, cold and the pain rating are allowed.
 */
export const TECHNIQUE_GUIDES: readonly TechniqueGuide[] = [
  {
    id: 'technique-locate',
    technique: 'locate',
    title: 'Find the spasm',
    text: 'Locate the specific area of the muscle where the spasm or knot is occurring. It may feel tight, tender or knotted compared to the surrounding muscle tissue.',
    how: 'Rest your flat fingers on the muscle and move them slowly until you find the spot that feels tight, tender or knotted compared with the muscle around it.',
    pressure: 'light',
    allowedPressure: { gentle: 'light', full: 'light' },
    durationSeconds: 30,
    cautions: ['Only touch lightly while you search; do not press into the sore spot yet.'],
    source: 'article:how-to-massage',
  },
  {
    id: 'technique-stretch',
    technique: 'stretch',
    title: 'Stretch the muscle',
    text: 'Stretch the muscle in a slow and controlled manner, being careful not to push beyond the point of discomfort. Hold each stretch for 15 to 30 seconds, and repeat a few times.',
    how: 'Move slowly into the stretch until you feel a gentle pull, hold it still for 15 to 30 seconds while you breathe, then ease off. Repeat about 3 times.',
    pressure: 'light',
    allowedPressure: { gentle: 'light', full: 'moderate' },
    durationSeconds: 90,
    hold: { minSeconds: 15, maxSeconds: 30 },
    repetitions: 3,
    cautions: ['Never push beyond the point of discomfort; no bouncing.'],
    source: 'article:techniques',
  },
  {
    id: 'technique-effleurage',
    technique: 'effleurage',
    title: 'Effleurage: long sweeping strokes',
    text: 'Effleurage uses long, sweeping strokes with light to moderate pressure over the muscle. It warms up the muscle, increases blood circulation and relaxes the tissues. Start with gentle strokes and gradually increase the pressure as tolerated.',
    how: 'Use your flat palms to make long, sweeping strokes along the length of the muscle. Start light and build up to moderate pressure only as it feels comfortable.',
    pressure: 'moderate',
    allowedPressure: { gentle: 'light', full: 'moderate' },
    durationSeconds: 120,
    cautions: ['Start with gentle strokes and only increase the pressure as tolerated.'],
    source: 'article:techniques',
  },
  {
    id: 'technique-petrissage',
    technique: 'petrissage',
    title: 'Petrissage: knead and squeeze',
    text: 'Petrissage involves kneading and squeezing the muscle tissue: gently grasp the muscle with fingertips, palms or knuckles, apply rhythmic pressure and knead it in a rolling motion, gently lifting and squeezing. It helps release tension and knots.',
    how: 'Gently grasp the muscle between your fingers and thumb (or use your palms or knuckles) and knead it in a slow rolling motion, lifting and squeezing rhythmically.',
    pressure: 'moderate',
    allowedPressure: { full: 'firm' },
    durationSeconds: 150,
    cautions: ['Keep the squeeze rhythmic and gentle; ease off if it becomes painful.'],
    source: 'article:techniques',
  },
  {
    id: 'technique-friction',
    technique: 'friction',
    title: 'Friction on the knot',
    text: 'Friction uses circular or transverse movements with firm pressure directly on the muscle spasm, with the fingertips or thumb, in a circular or back-and-forth motion. It can help break up adhesions and reduce tension.',
    how: 'Place your fingertips or thumb right on the knot and make small circles or short back-and-forth strokes across the muscle fibres with firm pressure.',
    pressure: 'firm',
    allowedPressure: { full: 'firm' },
    durationSeconds: 60,
    cautions: ['Firm, not painful: reduce the pressure if the spot becomes too sensitive.'],
    source: 'article:techniques',
  },
  {
    id: 'technique-trigger-point',
    technique: 'trigger-point',
    title: 'Trigger point release',
    text: 'Apply firm, sustained pressure with your fingertips, thumb or elbow directly on the trigger point. Hold the pressure for 10 to 30 seconds until you feel a release or reduction in tenderness. You can repeat this multiple times.',
    how: 'Press steadily on the most tender spot with a fingertip or thumb and hold still for 10 to 30 seconds until the tenderness eases, then release. Repeat.',
    pressure: 'firm',
    allowedPressure: { full: 'firm' },
    durationSeconds: 90,
    hold: { minSeconds: 10, maxSeconds: 30 },
    repetitions: 3,
    cautions: ['Sustained, not jabbing pressure; release at once if pain shoots or spreads.'],
    source: 'article:techniques',
  },
  {
    id: 'technique-deep-tissue',
    technique: 'deep-tissue',
    title: 'Deep tissue strokes',
    text: 'If the muscle spasm persists or is particularly stubborn, deep tissue massage can help: firm pressure and slow strokes to reach deeper layers of muscle tissue. Approach it with caution to avoid excessive pressure or causing pain.',
    how: 'Lean in slowly with your knuckles or the heel of your hand and make slow, firm strokes along the muscle, letting the pressure sink in gradually.',
    pressure: 'firm',
    allowedPressure: { full: 'firm' },
    durationSeconds: 120,
    cautions: [
      'Only for a persistent or stubborn spasm.',
      'Approach with caution: avoid excessive pressure and never cause pain.',
    ],
    source: 'article:techniques',
  },
  {
    id: 'technique-heat',
    technique: 'heat',
    title: 'Apply heat',
    text: 'Heat can help relax the muscle and increase blood flow. Use a warm towel, heating pad or warm bath, applied to the area for around 15 to 20 minutes.',
    how: 'Wrap a heating pad or a warm (not hot) towel in a cloth and lay it over the muscle for 15 to 20 minutes, or take a warm bath.',
    pressure: 'none',
    allowedPressure: { gentle: 'none', full: 'none' },
    durationSeconds: 900,
    cautions: ['Always wrap it: never put a heat source straight on the skin.', 'Warm, never hot; 20 minutes at most.'],
    source: 'article:how-to-massage',
  },
  {
    id: 'technique-cold',
    technique: 'cold',
    title: 'Apply cold',
    text: 'Cold therapy can reduce inflammation and numb the area. Use an ice pack wrapped in a cloth, applied to the area for around 15 to 20 minutes.',
    how: 'Wrap an ice pack (or frozen peas) in a cloth and hold it on the area for 15 to 20 minutes.',
    pressure: 'none',
    allowedPressure: { gentle: 'none', full: 'none' },
    durationSeconds: 900,
    cautions: ['Always wrap it in a cloth: never put ice straight on the skin.', '20 minutes at most.'],
    source: 'article:how-to-massage',
  },
  {
    id: 'technique-breathing',
    technique: 'breathing',
    title: 'Relax and breathe',
    text: 'Relaxation techniques such as deep breathing or progressive muscle relaxation during the massage can enhance its effectiveness. Relax the surrounding muscles and focus on deep, slow breaths.',
    how: 'Breathe in slowly through your nose for 4 counts and out through your mouth for 6. With each breath out, let the muscles around the spasm go soft.',
    pressure: 'none',
    allowedPressure: { gentle: 'none', full: 'none' },
    durationSeconds: 60,
    cautions: ['If you feel dizzy, go back to breathing normally.'],
    source: 'article:should-massage',
  },
  {
    id: 'technique-rate-pain',
    technique: 'rate-pain',
    title: 'Check how it responds',
    text: 'Pay attention to how the spasm responds. If it begins to release, the muscle relaxes and the pain diminishes. If the pain intensifies or the spasm worsens, discontinue the massage and seek medical advice.',
    how: 'Rate your pain from 0 (none) to 10 (worst) and notice whether the muscle feels more relaxed than before.',
    pressure: 'none',
    allowedPressure: { gentle: 'none', full: 'none' },
    durationSeconds: 15,
    cautions: [STOP_RULE_TEXT],
    source: 'article:how-to-massage',
  },
];

/** The guide for one technique. @example findTechniqueGuide('stretch').hold // { minSeconds: 15, maxSeconds: 30 } */
export function findTechniqueGuide(technique: Technique): TechniqueGuide {
  const guide = TECHNIQUE_GUIDES.find((g) => g.technique === technique);
  if (!guide) throw new Error(`No technique guide for ${technique}`);
  return guide;
}
