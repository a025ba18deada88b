import type { Rule } from './rule';
import { ADVICE_RULES } from './rules-advice';
import { EMERGENCY_RULES } from './rules-emergency';
import { MASSAGE_RULES } from './rules-massage';
import { URGENT_RULES } from './rules-urgent';

/** Red flags: every rule that sends the person to urgent or emergency care. Reported first. */
export const RED_FLAG_RULES: readonly Rule[] = [...EMERGENCY_RULES, ...URGENT_RULES];

/** Every rule, red flags first. Order only affects the order of `reasons`; the fold is order-free. */
export const RULES: readonly Rule[] = [...RED_FLAG_RULES, ...ADVICE_RULES, ...MASSAGE_RULES];
