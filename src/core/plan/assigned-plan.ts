import { z } from 'zod';
import type { Assessment, Plan, PlanStep } from '../assessment';
import type { Translator } from '../i18n/translator';
import { FREQUENCY_GUIDELINES } from '../knowledge/frequency';
import { REGION_GUIDES } from '../knowledge/regions';
import { findTechniqueGuide } from '../knowledge/techniques';
import type { TechniqueGuide } from '../knowledge/types';
import { citeSource } from '../sources';
import { type CareLevel, type Pressure, PressureSchema, RegionSchema, TechniqueSchema } from '../vocabulary';
import { CARE_LEVELS, PRESSURES } from '../vocabulary-lists';
import { buildPlanStep, capPressure, type PlanMassage, sumHandsOnMinutes } from './plan-step';
import { EN_GB_PLAN_WORDING, type PlanWording } from './plan-wording';

/** The most sessions a week the article's frequency guidance allows (several a day, at most its highest count). */
export const MAX_SESSIONS_PER_WEEK = 7 * Math.max(...FREQUENCY_GUIDELINES.map((g) => g.sessionsPerDayRange.max));
export const MAX_PLAN_STEPS = 20;
export const MAX_NOTE_LENGTH = 500;

/** The firmest pressure the article allows for a technique under any permission. */
export function maxPressureOf(guide: TechniqueGuide): Pressure {
  return guide.allowedPressure.full ?? guide.allowedPressure.gentle ?? 'none';
}

const exceeds = (pressure: Pressure, cap: Pressure) => PRESSURES.indexOf(pressure) > PRESSURES.indexOf(cap);

/** One step a clinician sets: the technique, its pressure, and (where the technique has them) hold and repetitions. */
export const AssignedStepSchema = z.strictObject({
  technique: TechniqueSchema,
  pressure: PressureSchema,
  holdSeconds: z.number().int().positive().optional(),
  repetitions: z.number().int().positive().optional(),
});
export type AssignedStep = z.infer<typeof AssignedStepSchema>;

type Issue = { path: (string | number)[]; message: string };

/** Where a step leaves the article's safe bounds for its technique (pressure, hold, repetitions) or its region. */
function stepIssues(step: AssignedStep, index: number, suitable: readonly string[], region: string): Issue[] {
  const guide = findTechniqueGuide(step.technique);
  const at = (field: string) => ['steps', index, field];
  const issues: Issue[] = [];
  if (!suitable.includes(step.technique)) {
    issues.push({ path: at('technique'), message: `${step.technique} is not suitable for the ${region}` });
  }
  const maxPressure = maxPressureOf(guide);
  if (exceeds(step.pressure, maxPressure)) {
    issues.push({ path: at('pressure'), message: `at most ${maxPressure} for ${step.technique}` });
  }
  if (step.holdSeconds !== undefined) {
    if (!guide.hold) issues.push({ path: at('holdSeconds'), message: `${step.technique} has no hold` });
    else if (step.holdSeconds < guide.hold.minSeconds || step.holdSeconds > guide.hold.maxSeconds) {
      issues.push({
        path: at('holdSeconds'),
        message: `must be ${guide.hold.minSeconds}–${guide.hold.maxSeconds} seconds for ${step.technique}`,
      });
    }
  }
  if (step.repetitions !== undefined) {
    if (guide.repetitions === undefined) {
      issues.push({ path: at('repetitions'), message: `${step.technique} has no repetitions` });
    } else if (step.repetitions > guide.repetitions) {
      issues.push({ path: at('repetitions'), message: `at most ${guide.repetitions} for ${step.technique}` });
    }
  }
  return issues;
}

/**
 * A home-care plan a clinician composes for one region: ordered steps within the article's safe bounds for each
 * technique (and only techniques the region suits), how many sessions a week, and a note.
 */
export const AssignedPlanSchema = z
  .strictObject({
    region: RegionSchema,
    steps: z.array(AssignedStepSchema).min(1).max(MAX_PLAN_STEPS),
    sessionsPerWeek: z.number().int().min(1).max(MAX_SESSIONS_PER_WEEK),
    note: z.string().trim().max(MAX_NOTE_LENGTH).optional(),
  })
  .superRefine((plan, ctx) => {
    const { suitable } = REGION_GUIDES[plan.region];
    for (const [index, step] of plan.steps.entries()) {
      for (const issue of stepIssues(step, index, suitable, plan.region)) ctx.addIssue({ code: 'custom', ...issue });
    }
  });
export type AssignedPlan = z.infer<typeof AssignedPlanSchema>;

/** Care levels more urgent than a routine consultation: a red flag fired, and a home plan waits. */
const RED_FLAG_CARE: readonly CareLevel[] = CARE_LEVELS.slice(0, CARE_LEVELS.indexOf('consultation'));

/** The gate's words: why a plan runs in full, reduced or not at all (default today's English; gateWordingIn(t)). */
export interface GateWording {
  redFlag: string;
  avoid: string;
  noneGentle: string;
  gentle: string;
  coldSwap: string;
  full: string;
  therapistSet(parts: { holdSeconds?: number; repetitions?: number }): string;
}

/** CLDR's English plural rule, for the default English words (other languages: ICU plurals in the catalog). */
const EN_PLURAL = new Intl.PluralRules('en-GB');

export const EN_GB_GATE_WORDING: GateWording = {
  redFlag:
    'Your check found a warning sign that needs medical care first: do not follow the plan until you have been seen.',
  avoid: 'Your check says not to massage now: the plan waits.',
  noneGentle: 'Your check allows only gentle massage, and none of the plan’s steps is gentle.',
  gentle:
    'Your check allows only gentle massage: steps that are not gentle are left out and the pressure is kept light.',
  coldSwap: 'Your check calls for cold rather than heat on this area: the heat step uses cold instead.',
  full: 'Your check allows the plan as your therapist wrote it.',
  therapistSet: ({ holdSeconds, repetitions }) => {
    const set = [
      ...(holdSeconds !== undefined ? [`hold ${holdSeconds} seconds`] : []),
      ...(repetitions !== undefined
        ? [`${repetitions} ${EN_PLURAL.select(repetitions) === 'one' ? 'time' : 'times'}`]
        : []),
    ];
    return `Your therapist set: ${set.join(', ')}.`;
  },
};

/** The gate's words in the translator's language (`plan` namespace loaded). */
export function gateWordingIn(t: Translator): GateWording {
  return {
    redFlag: t.t('plan.gate.red-flag'),
    avoid: t.t('plan.gate.avoid'),
    noneGentle: t.t('plan.gate.none-gentle'),
    gentle: t.t('plan.gate.gentle'),
    coldSwap: t.t('plan.gate.cold-swap'),
    full: t.t('plan.gate.full'),
    therapistSet: ({ holdSeconds, repetitions }) => {
      const set = [
        ...(holdSeconds !== undefined ? [t.t('plan.gate.set-hold', { seconds: holdSeconds })] : []),
        ...(repetitions !== undefined ? [t.t('plan.gate.set-repetitions', { count: repetitions })] : []),
      ];
      return t.t('plan.gate.therapist-set', { items: set.join(', ') });
    },
  };
}

/** A rule of the assessment that decided the gate, with its source. */
export interface GateRule {
  id: string;
  source: string;
}

export type GatedPlan =
  | { status: 'full'; reason: string; rules: GateRule[]; plan: Plan }
  | { status: 'reduced'; reason: string; rules: GateRule[]; plan: Plan; dropped: AssignedStep['technique'][] }
  | { status: 'blocked'; reason: string; rules: GateRule[]; plan: null };

function rulesOf(assessment: Assessment): GateRule[] {
  const deciding = assessment.reasons.filter((r) => r.axis !== 'info');
  return (deciding.length > 0 ? deciding : assessment.reasons).map(({ id, source }) => ({ id, source }));
}

/** The runnable plan step for an assigned step, its pressure capped by the permission. */
function toPlanStep(
  step: AssignedStep,
  region: Plan['region'],
  massage: PlanMassage,
  temperature: 'heat' | 'cold',
  words: { plan: PlanWording; gate: GateWording },
) {
  const technique = step.technique === 'heat' && temperature === 'cold' ? 'cold' : step.technique;
  const built: PlanStep = buildPlanStep(technique, { region: REGION_GUIDES[region], massage, wording: words.plan });
  const cap = findTechniqueGuide(technique).allowedPressure[massage] ?? 'none';
  built.pressure = capPressure(step.pressure, cap);
  const set: { holdSeconds?: number; repetitions?: number } = {};
  if (step.holdSeconds !== undefined && built.hold) {
    built.hold = { minSeconds: step.holdSeconds, maxSeconds: step.holdSeconds };
    set.holdSeconds = step.holdSeconds;
  }
  if (step.repetitions !== undefined && built.repetitions !== undefined) {
    built.repetitions = step.repetitions;
    set.repetitions = step.repetitions;
  }
  if (Object.keys(set).length > 0) built.instructions = `${built.instructions} ${words.gate.therapistSet(set)}`;
  return built;
}

/**
 * A clinician's plan checked against the person's current assessment, which always wins: blocked when massage
 * is `avoid` or a red flag fired (care more urgent than a routine consultation); reduced under `gentle` (steps
 * the permission rules out dropped, pressure capped to light); full otherwise. Heat becomes cold when the
 * assessment calls for cold (an injury or an inflamed spot). Every answer names the assessment's rules.
 * @example gateAssignedPlan(plan, { ...assessment, massage: 'avoid' }).status // 'blocked'
 */
export function gateAssignedPlan(
  assigned: AssignedPlan,
  assessment: Assessment,
  words: { plan: PlanWording; gate: GateWording } = { plan: EN_GB_PLAN_WORDING, gate: EN_GB_GATE_WORDING },
): GatedPlan {
  const rules = rulesOf(assessment);
  if (RED_FLAG_CARE.includes(assessment.care)) {
    return {
      status: 'blocked',
      reason: words.gate.redFlag,
      rules,
      plan: null,
    };
  }
  if (assessment.massage === 'avoid') {
    return { status: 'blocked', reason: words.gate.avoid, rules, plan: null };
  }
  const massage: PlanMassage = assessment.massage;
  const temperature = assessment.plan?.temperature ?? 'heat';
  const kept = assigned.steps.filter((s) => findTechniqueGuide(s.technique).allowedPressure[massage] !== undefined);
  const dropped = assigned.steps.filter((s) => !kept.includes(s)).map((s) => s.technique);
  if (kept.length === 0) {
    return {
      status: 'blocked',
      reason: words.gate.noneGentle,
      rules,
      plan: null,
    };
  }
  const steps = kept.map((s) => toPlanStep(s, assigned.region, massage, temperature, words));
  const plan: Plan = {
    region: assigned.region,
    massage,
    temperature: steps.some((s) => s.technique === 'cold') ? 'cold' : temperature,
    steps,
    handsOnMinutes: sumHandsOnMinutes(steps),
    stopRule: { text: words.plan.knowledge.stopRuleText, source: citeSource('article:how-to-massage') },
  };
  const capped = steps.some((step, i) => step.pressure !== kept[i]?.pressure);
  const swapped = steps.some((step, i) => step.technique !== kept[i]?.technique);
  if (dropped.length > 0 || capped || swapped) {
    const why = [
      ...(dropped.length > 0 || capped ? [words.gate.gentle] : []),
      ...(swapped ? [words.gate.coldSwap] : []),
    ];
    return { status: 'reduced', reason: why.join(' '), rules, plan, dropped };
  }
  return { status: 'full', reason: words.gate.full, rules, plan };
}
