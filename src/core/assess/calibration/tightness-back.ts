import type { CalibrationCase } from './calibration-case';

('NHS: Neck pain — usually gets better in a few weeks; keep moving, see a GP if not improving after a few weeks');
const NHS_BACK =
  'NHS: Back pain — usually improves in a few weeks; stay active, see a GP if not improving after a few weeks';
const CKS_LBP =
  'NICE CKS Low back pain without radiculopathy: reassure, stay active, self-manage; consider manual therapy';
const HOUR = 60;
const DAY = 24 * HOUR;

/** Lingering tightness in the back and hips without red flags: self-care and keep active; GP after a few weeks. */
export const TIGHTNESS_BACK_CASES: readonly CalibrationCase[] = [
  {
    id: 'back-went-lifting-box-two-days',
    class: 'tightness',
    story: 'My lower back went two days ago when I lifted a box; it is tight and sore but I can walk about.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 2 * DAY,
      intensity: 6,
      context: ['sudden-movement'],
      age: 38,
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: `${NHS_BACK}; ${CKS_LBP}`,
  },
  {
    id: 'back-went-bending-sock',
    class: 'tightness',
    story: 'Bending to put on a sock my back seized this morning; it is stiff and I am moving slowly.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 5 * HOUR,
      intensity: 6,
      context: ['sudden-movement'],
      age: 42,
      history: { frequency: 'occasional' },
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: CKS_LBP,
  },
  {
    id: 'lower-back-stiff-after-gardening',
    class: 'tightness',
    story: 'A weekend of digging left my lower back stiff and achy for a day; it loosens as I move.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: DAY,
      intensity: 4,
      context: ['overuse'],
      age: 45,
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: NHS_BACK,
  },
  {
    id: 'sciatica-like-leg-ache-week',
    class: 'tightness',
    story: 'My lower back is tight and the ache runs into my buttock and back of the thigh; a week now, no numbness.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 7 * DAY,
      intensity: 5,
      signs: ['radiating-pain'],
      age: 40,
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care', 'consultation'],
    source:
      'NHS: Sciatica — usually gets better in 4 to 6 weeks; see a GP if not improving after a few weeks or severe',
  },
  {
    id: 'back-spasm-severe-stopping-work',
    class: 'tightness',
    story: 'Three days of back spasm so bad I cannot go to work; no other problems.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 3 * DAY,
      intensity: 8,
      context: ['sudden-movement'],
      age: 39,
    },
    expected: { care: 'consultation', massage: 'full' },
    acceptableCare: ['consultation', 'self_care'],
    source: 'NHS: Back pain — see a GP if the pain is stopping you doing day-to-day activities or is very severe',
  },
  {
    id: 'upper-back-tight-after-rowing',
    class: 'tightness',
    story: 'After my first rowing session in years my upper back is tight and sore for a day.',
    situation: {
      region: 'upper-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 26 * HOUR,
      intensity: 4,
      context: ['exercise', 'overuse'],
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: 'NHS: Back pain — stay active; heat and massage may help',
  },
  {
    id: 'hip-glute-tight-driving',
    class: 'tightness',
    story: 'After a six-hour drive my buttock and hip feel tight and knotted.',
    situation: {
      region: 'glute',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 3 * HOUR,
      intensity: 3,
      context: ['prolonged-posture'],
    },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: 'NHS: Hip pain in adults — usually improves with rest, gentle exercise and painkillers',
  },
  {
    id: 'lower-back-tight-aged-35-ongoing-month',
    class: 'tightness',
    story: 'My lower back has been tight for five weeks and is slowly getting worse despite staying active.',
    situation: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 35 * DAY,
      intensity: 5,
      history: { selfCareDays: 35 },
      age: 35,
    },
    expected: { care: 'consultation', massage: 'full' },
    acceptableCare: ['consultation'],
    source: 'NHS: Back pain — see a GP if it is getting worse or has not improved after a few weeks',
  },
];
