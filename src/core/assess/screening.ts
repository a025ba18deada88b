import type { Context, Region, Sign } from '../vocabulary';

/** Asked first, in plain words, by every questionnaire (web and terminal): the emergency signs. */
const ALWAYS_ASKED: readonly Sign[] = [
  'chest-pain',
  'breathing-difficulty',
  'confusion',
  'jaw-stiffness',
  'difficulty-swallowing',
  'tingling-around-mouth',
  'hand-foot-spasm',
  'multiple-muscle-groups',
  'dark-urine',
  'deformity',
  'cannot-bear-weight',
];

/** Cauda-equina signs: asked where a person might place back or buttock trouble (docs/decisions/0003). */
const NERVE_ROOT_SIGNS: readonly Sign[] = ['saddle-numbness', 'bladder-bowel-change'];
const NERVE_ROOT_REGIONS: readonly Region[] = ['lower-back', 'upper-back', 'hip', 'glute', 'groin', 'thigh-back'];

/** Contexts that can make a cramp urgent on their own or together with a sign. */
export const RED_FLAG_CONTEXTS: readonly Context[] = ['injury', 'wound', 'toxin-exposure', 'fluid-loss'];

/**
 * The red-flag signs to screen for a region, most urgent first.
 * @example listRedFlagSigns('lower-back').includes('saddle-numbness') // true
 */
export function listRedFlagSigns(region: Region | undefined): Sign[] {
  return region && NERVE_ROOT_REGIONS.includes(region) ? [...ALWAYS_ASKED, ...NERVE_ROOT_SIGNS] : [...ALWAYS_ASKED];
}
