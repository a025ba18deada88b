import type { CalibrationCase } from './calibration-case';

const DAY = 24 * 60;

/** Cramps with a cause that needs a clinician: muscle breakdown, poisons, the chest, fluid and salt loss. */
export const URGENT_CAUSE_CASES: readonly CalibrationCase[] = [
  {
    id: 'dark-urine-after-heavy-workout',
    class: 'emergency',
    story: 'After a hard spin class my thighs are very sore and swollen, and my urine has gone cola-coloured.',
    situation: {
      region: 'thigh-front',
      side: 'both',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: DAY,
      intensity: 8,
      context: ['exercise', 'overuse'],
      signs: ['dark-urine', 'swelling'],
    },
    expected: { care: 'emergency', massage: 'avoid' },
    acceptableCare: ['emergency_ambulance', 'emergency'],
    source:
      'MedlinePlus / Mayo: Rhabdomyolysis — dark urine with muscle pain after exertion: get medical care right away',
  },
  {
    id: 'lead-exposure-cramps-old-paint',
    class: 'urgent',
    story:
      'For weeks I have been sanding old paint in our house; I keep getting stomach and leg cramps and feel tired.',
    situation: {
      region: 'abdomen',
      ongoing: false,
      durationMinutes: 20,
      intensity: 5,
      context: ['toxin-exposure'],
      history: { frequency: 'weekly' },
    },
    expected: { care: 'consultation_24', massage: 'gentle' },
    acceptableCare: ['emergency', 'consultation_24', 'consultation'],
    source: 'Mayo Clinic / MedlinePlus: Lead poisoning — see a doctor if exposure is suspected (blood lead test)',
  },
  {
    id: 'chest-wall-cramp-with-chest-pain',
    class: 'emergency',
    story: 'I am 55; what feels like a cramp across my chest muscles started while carrying shopping and is not going.',
    situation: {
      region: 'chest',
      ongoing: true,
      durationMinutes: 15,
      intensity: 7,
      age: 55,
      signs: ['chest-pain'],
    },
    expected: { care: 'emergency_ambulance', massage: 'avoid' },
    acceptableCare: ['emergency_ambulance', 'emergency'],
    source: 'NHS: Chest pain — call 999 for sudden chest pain that spreads or feels tight or heavy',
  },
  {
    id: 'chest-cramp-breathless',
    class: 'emergency',
    story: 'A cramp-like tightness in my chest came on at rest and I am short of breath.',
    situation: {
      region: 'chest',
      ongoing: true,
      durationMinutes: 10,
      intensity: 6,
      context: ['rest'],
      signs: ['breathing-difficulty'],
    },
    expected: { care: 'emergency_ambulance', massage: 'avoid' },
    acceptableCare: ['emergency_ambulance', 'emergency'],
    source: 'NHS: Chest pain / shortness of breath — call 999',
  },
  {
    id: 'cramps-after-vomiting-day',
    class: 'urgent',
    story: 'I have been vomiting since yesterday and now my calves keep cramping.',
    situation: {
      region: 'calf',
      side: 'both',
      ongoing: false,
      durationMinutes: 3,
      intensity: 6,
      context: ['fluid-loss', 'dehydration'],
      history: { frequency: 'daily' },
    },
    expected: { care: 'consultation_24', massage: 'full' },
    acceptableCare: ['emergency', 'consultation_24', 'consultation'],
    source:
      'NHS: Diarrhoea and vomiting — call 111 if signs of dehydration; MedlinePlus: Muscle cramps — fluid and salt loss',
  },
  {
    id: 'cramps-after-vomiting-tetany',
    class: 'emergency',
    story: 'After two days of vomiting my hands are curling into spasms and my lips are tingling.',
    situation: {
      region: 'hand',
      side: 'both',
      ongoing: true,
      durationMinutes: 10,
      intensity: 7,
      context: ['fluid-loss'],
      signs: ['hand-foot-spasm', 'tingling-around-mouth'],
    },
    expected: { care: 'emergency', massage: 'avoid' },
    acceptableCare: ['emergency_ambulance', 'emergency'],
    source:
      'Merck Manual: Hypocalcaemia / alkalosis — tetany (carpopedal spasm, perioral tingling) needs urgent treatment',
  },
];
