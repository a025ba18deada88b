import type { Situation } from '../situation';
import type { Memory } from './answers';

/** A person the questionnaire is measured on: how they would answer, and what their device remembers. */
export interface CommonCase {
  name: string;
  person: Situation;
  memory: Memory;
}

const NIGHT_CALF: Situation = {
  region: 'calf',
  presentation: 'cramp',
  ongoing: false,
  durationMinutes: 1.5,
  intensity: 7,
  context: ['night'],
  age: 58,
  history: { frequency: 'occasional', previousMassage: 'better' },
};

/** The common cases of issue 9, "measure the number of questions to a verdict" (bench/questions.ts). */
export const COMMON_CASES: readonly CommonCase[] = [
  { name: 'night calf cramp, first time in Knead', person: NIGHT_CALF, memory: {} },
  {
    name: 'night calf cramp, history remembered',
    person: NIGHT_CALF,
    memory: { age: 58, history: { frequency: 'occasional', previousMassage: 'better' } },
  },
  {
    name: 'hamstring cramp while running',
    person: {
      region: 'thigh-back',
      presentation: 'cramp',
      ongoing: true,
      durationMinutes: 1,
      intensity: 6,
      context: ['exercise'],
      age: 31,
      history: { frequency: 'first' },
    },
    memory: {},
  },
  {
    name: 'stiff neck after sleeping awkwardly (tightness)',
    person: {
      region: 'neck',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 180,
      intensity: 4,
      context: ['prolonged-posture', 'night'],
      age: 38,
      history: { frequency: 'occasional', previousMassage: 'better' },
    },
    memory: {},
  },
  {
    name: 'lower back that "went" lifting a box two days ago (tightness)',
    person: {
      region: 'lower-back',
      presentation: 'tightness',
      ongoing: true,
      durationMinutes: 5760,
      intensity: 6,
      context: ['sudden-movement'],
      age: 44,
      history: { frequency: 'first' },
    },
    memory: {},
  },
  {
    name: 'emergency: calf cramp with chest pain',
    person: { region: 'calf', presentation: 'cramp', signs: ['chest-pain'] },
    memory: {},
  },
];
