import { EN_GB_CUE_WORDS } from '../plan/plan-wording';

/**
 * The words of the guided session's cues in today's English. Other languages: `cueWordsIn(t)` (plan/plan-wording.ts)
 * and `describeCues(state, words)`.
 */
export const CUE_WORDS = EN_GB_CUE_WORDS;
