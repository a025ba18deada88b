import type { Situation } from '../situation';
import type { CareLevel, MassageLevel } from '../vocabulary';

/** A realistic case with the care a careful clinician would want at least, and the most massage allowed. */
export interface Vignette {
  name: string;
  situation: Situation;
  care: CareLevel;
  maxMassage: MassageLevel;
}

/** The vignette suite: no case may be under-triaged (BENCHMARKS.md reports the counts). */
export const VIGNETTES: readonly Vignette[] = [
  {
    name: 'night calf cramp, 2 min, first time',
    situation: {
      region: 'calf',
      side: 'left',
      ongoing: true,
      durationMinutes: 2,
      intensity: 7,
      context: ['night', 'rest'],
      history: { frequency: 'first' },
    },
    care: 'self_care',
    maxMassage: 'full',
  },
  {
    name: 'hamstring cramp during a run in the heat',
    situation: {
      region: 'thigh-back',
      ongoing: true,
      durationMinutes: 1,
      intensity: 6,
      context: ['exercise', 'heat', 'dehydration'],
    },
    care: 'self_care',
    maxMassage: 'full',
  },
  {
    name: 'foot cramp at the desk, occasional',
    situation: {
      region: 'foot',
      ongoing: false,
      durationMinutes: 1,
      intensity: 4,
      context: ['prolonged-posture'],
      history: { frequency: 'occasional' },
    },
    care: 'self_care',
    maxMassage: 'full',
  },
  {
    name: 'stress neck spasm',
    situation: {
      region: 'neck',
      ongoing: true,
      durationMinutes: 5,
      intensity: 5,
      context: ['stress', 'prolonged-posture'],
    },
    care: 'self_care',
    maxMassage: 'gentle',
  },
  {
    name: 'shoulder knot after painting a ceiling',
    situation: { region: 'shoulder', ongoing: false, durationMinutes: 8, intensity: 4, context: ['overuse'] },
    care: 'self_care',
    maxMassage: 'full',
  },
  {
    name: 'swimmer calf cramp, cold water',
    situation: { region: 'calf', ongoing: false, durationMinutes: 3, intensity: 8, context: ['exercise', 'cold'] },
    care: 'self_care',
    maxMassage: 'gentle',
  },
  {
    name: 'lower-back spasm lifting a box',
    situation: { region: 'lower-back', ongoing: true, durationMinutes: 4, intensity: 7, context: ['sudden-movement'] },
    care: 'self_care',
    maxMassage: 'full',
  },
  {
    name: 'crushing chest pain with arm cramp',
    situation: { region: 'upper-arm', signs: ['chest-pain'], intensity: 9 },
    care: 'emergency_ambulance',
    maxMassage: 'avoid',
  },
  {
    name: 'calf cramp and suddenly breathless',
    situation: { region: 'calf', signs: ['breathing-difficulty', 'swelling'] },
    care: 'emergency_ambulance',
    maxMassage: 'avoid',
  },
  {
    name: 'confused older person with leg cramps',
    situation: { region: 'thigh-front', signs: ['confusion'], context: ['dehydration'] },
    care: 'emergency_ambulance',
    maxMassage: 'avoid',
  },
  {
    name: 'jaw locking a week after stepping on a nail',
    situation: { region: 'jaw', signs: ['jaw-stiffness', 'difficulty-swallowing'], context: ['wound'] },
    care: 'emergency_ambulance',
    maxMassage: 'avoid',
  },
  {
    name: 'neck spasm, cannot swallow, gardening cut',
    situation: { region: 'neck', signs: ['difficulty-swallowing', 'open-wound'] },
    care: 'emergency_ambulance',
    maxMassage: 'avoid',
  },
  {
    name: 'tingling lips and clawed hands after thyroid surgery',
    situation: {
      region: 'hand',
      signs: ['tingling-around-mouth', 'hand-foot-spasm'],
      history: { conditions: ['thyroid', 'recent-surgery'] },
    },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'whole-body cramps with clawed feet',
    situation: { region: 'foot', signs: ['multiple-muscle-groups', 'hand-foot-spasm'], durationMinutes: 20 },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'back spasm with saddle numbness',
    situation: { region: 'lower-back', signs: ['saddle-numbness', 'radiating-pain'], intensity: 8 },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'back spasm, cannot pass urine',
    situation: { region: 'lower-back', signs: ['bladder-bowel-change'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'glute pain with saddle numbness (region tapped as glute)',
    situation: { region: 'glute', signs: ['saddle-numbness'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'fall, shin bent, cannot stand',
    situation: { region: 'shin', context: ['injury'], signs: ['deformity', 'cannot-bear-weight'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'tight swollen calf after a tackle, cannot bear weight',
    situation: { region: 'calf', context: ['injury'], signs: ['cannot-bear-weight', 'swelling'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'cola-coloured urine after a spin marathon',
    situation: { region: 'thigh-front', context: ['exercise', 'overuse'], signs: ['dark-urine', 'weakness'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'cramps after sanding old lead paint',
    situation: { region: 'forearm', context: ['toxin-exposure'] },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'calf cramp still going after 90 minutes',
    situation: { region: 'calf', ongoing: true, durationMinutes: 90, intensity: 8 },
    care: 'emergency',
    maxMassage: 'avoid',
  },
  {
    name: 'red, warm, swollen calf after a flight',
    situation: { region: 'calf', signs: ['swelling', 'warmth', 'redness'], context: ['prolonged-posture'] },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'swollen calf after knee surgery',
    situation: { region: 'calf', signs: ['swelling'], history: { conditions: ['recent-surgery'] } },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'pregnant, swollen ankle and calf cramp',
    situation: { region: 'foot', signs: ['swelling'], context: ['pregnancy', 'night'] },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'feverish, hot red forearm',
    situation: { region: 'forearm', signs: ['fever', 'warmth', 'redness'] },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'abdominal cramp',
    situation: { region: 'abdomen', intensity: 6, ongoing: true, durationMinutes: 5 },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'chest wall spasm (no chest pain ticked)',
    situation: { region: 'chest', intensity: 4 },
    care: 'consultation_24',
    maxMassage: 'avoid',
  },
  {
    name: 'cramps after a day of diarrhoea',
    situation: { region: 'calf', context: ['fluid-loss', 'dehydration'] },
    care: 'consultation_24',
    maxMassage: 'gentle',
  },
  {
    name: 'leg cramp with a numb foot',
    situation: { region: 'calf', signs: ['numbness'] },
    care: 'consultation_24',
    maxMassage: 'gentle',
  },
  {
    name: 'weak hand with forearm spasm',
    situation: { region: 'forearm', signs: ['weakness', 'tingling'] },
    care: 'consultation_24',
    maxMassage: 'gentle',
  },
  {
    name: 'calf cramp still going at 15 minutes',
    situation: { region: 'calf', ongoing: true, durationMinutes: 15, intensity: 7 },
    care: 'consultation_24',
    maxMassage: 'gentle',
  },
  {
    name: 'cramp last night lasted 20 minutes',
    situation: { region: 'calf', ongoing: false, durationMinutes: 20, context: ['night'] },
    care: 'consultation',
    maxMassage: 'gentle',
  },
  {
    name: 'massage made the thigh cramp worse',
    situation: { region: 'thigh-back', signs: ['pain-worse-during-massage'] },
    care: 'consultation',
    maxMassage: 'avoid',
  },
  {
    name: 'weekly night cramps',
    situation: {
      region: 'calf',
      ongoing: false,
      durationMinutes: 3,
      context: ['night'],
      history: { frequency: 'weekly' },
    },
    care: 'consultation',
    maxMassage: 'full',
  },
  {
    name: 'daily cramps on a statin',
    situation: { region: 'thigh-front', history: { frequency: 'daily', medications: ['statin'] } },
    care: 'consultation',
    maxMassage: 'full',
  },
  {
    name: 'new water pill and cramps',
    situation: { region: 'calf', history: { medications: ['diuretic'] } },
    care: 'consultation',
    maxMassage: 'full',
  },
  {
    name: 'calf cramps walking, ease at rest, smoker',
    situation: { region: 'calf', context: ['walking'], history: { conditions: ['peripheral-artery-disease'] } },
    care: 'consultation',
    maxMassage: 'full',
  },
  {
    name: 'a week of massage, no better',
    situation: { region: 'upper-back', history: { previousMassage: 'same', selfCareDays: 7 } },
    care: 'consultation',
    maxMassage: 'full',
  },
  {
    name: 'sprained ankle with foot spasm',
    situation: { region: 'foot', context: ['injury'], signs: ['swelling', 'extreme-tenderness'] },
    care: 'consultation',
    maxMassage: 'gentle',
  },
  {
    name: 'on warfarin, calf cramp',
    situation: { region: 'calf', history: { medications: ['anticoagulant'] } },
    care: 'self_care',
    maxMassage: 'gentle',
  },
  {
    name: 'sciatica-like back spasm',
    situation: { region: 'lower-back', signs: ['radiating-pain'], history: { conditions: ['herniated-disc'] } },
    care: 'self_care',
    maxMassage: 'gentle',
  },
  {
    name: 'fibromyalgia shoulder spasm',
    situation: { region: 'shoulder', history: { conditions: ['fibromyalgia'] } },
    care: 'self_care',
    maxMassage: 'gentle',
  },
];
