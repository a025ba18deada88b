import type { Rule } from './rule';
import { ADVICE_RULES } from './rules-advice';
import { RED_FLAG_RULES } from './rules-red-flags';

/** Every rule, red flags first. Order only affects the order of `reasons`; the fold below is order-free. */
export const RULES: readonly Rule[] = [...RED_FLAG_RULES, ...ADVICE_RULES];
