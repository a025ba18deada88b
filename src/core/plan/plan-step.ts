import type { PlanStep } from '../assessment';
import { findTechniqueGuide, STOP_RULE_TEXT } from '../knowledge/techniques';
import type { RegionGuide, TechniqueGuide } from '../knowledge/types';
import { formatDuration } from '../messages/numbers';
import { citeSource } from '../sources';
import { PRESSURES, type Pressure, type Technique } from '../vocabulary';

export type PlanMassage = 'gentle' | 'full';

/** Steps that are not hands-on time (the temperature step and the pain rating). */
export const NOT_HANDS_ON: readonly Technique[] = ['heat', 'cold', 'rate-pain'];

/** What a step needs to know beyond its technique: which step it is, and extra cautions. */
export interface StepOptions {
  region: RegionGuide;
  massage: PlanMassage;
  /** Cautions that come from the situation (numbness, injury...), added to every step they concern. */
  extraCautions?: readonly string[];
  /** Title override, e.g. "Stretch again". */
  title?: string;
}

/** The lower of two pressures: a permission caps, never raises, a technique's pressure. */
export function capPressure(pressure: Pressure, cap: Pressure): Pressure {
  return PRESSURES.indexOf(pressure) <= PRESSURES.indexOf(cap) ? pressure : cap;
}

/** Whether the permission allows this technique at all (its guide declares the allowed pressures). */
export function isTechniqueAllowed(guide: TechniqueGuide, massage: PlanMassage): boolean {
  return guide.allowedPressure[massage] !== undefined;
}

function describeHold(hold: { minSeconds: number; maxSeconds: number }, repetitions: number): string {
  return `Hold ${hold.minSeconds}–${hold.maxSeconds} seconds, release, and repeat ${repetitions} times.`;
}

/** Region-specific instructions: which stretch, where the hands go, how hard. */
function writeInstructions(guide: TechniqueGuide, { region, massage }: StepOptions): string {
  const gentle = massage === 'gentle';
  switch (guide.technique) {
    case 'locate':
      return `${region.position} ${guide.how} ${region.handsOn}`;
    case 'stretch': {
      const comfort = gentle
        ? 'Go only as far as is comfortable: a mild pull, never pain.'
        : 'Move slowly, never beyond the point of discomfort.';
      return `${region.stretch.title}: ${region.stretch.instructions} ${comfort} ${describeHold(guide.hold!, guide.repetitions!)}`;
    }
    case 'trigger-point':
      return `${region.handsOn} ${guide.how} ${describeHold(guide.hold!, guide.repetitions!)}`;
    case 'effleurage':
      return gentle
        ? `${region.handsOn} Use your flat palms to make long, slow, sweeping strokes along the muscle. Keep the pressure light throughout.`
        : `${region.handsOn} ${guide.how}`;
    case 'heat':
    case 'cold':
      return `${guide.how} Place it over the sore area. ${region.position}`;
    case 'breathing':
    case 'rate-pain':
      return guide.how;
    default:
      return `${region.handsOn} ${guide.how}`;
  }
}

function dedupe(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * One plan step for a technique in a region, with its pressure capped by the permission, its
 * holds and repetitions, and its cautions (technique, region, situation, and always the stop rule).
 * @example buildPlanStep('stretch', { region: REGION_GUIDES.calf, massage: 'full' }).hold // { minSeconds: 15, maxSeconds: 30 }
 */
export function buildPlanStep(technique: Technique, options: StepOptions): PlanStep {
  const guide = findTechniqueGuide(technique);
  const cap = guide.allowedPressure[options.massage];
  if (cap === undefined) throw new Error(`${technique} is not allowed in a ${options.massage} plan`);
  const step: PlanStep = {
    technique,
    title: options.title ?? guide.title,
    instructions: writeInstructions(guide, options),
    pressure: capPressure(guide.pressure, cap),
    durationSeconds: guide.durationSeconds,
    cautions: dedupe([...guide.cautions, ...options.region.cautions, ...(options.extraCautions ?? []), STOP_RULE_TEXT]),
    source: citeSource(guide.source),
  };
  if (guide.hold) step.hold = { ...guide.hold };
  if (guide.repetitions !== undefined) step.repetitions = guide.repetitions;
  return step;
}

/** Hands-on seconds of a list of steps (what every interface shows as the total). @example sumHandsOnSeconds([{ technique: 'locate', durationSeconds: 90 }]) // 90 */
export function sumHandsOnSeconds(steps: readonly Pick<PlanStep, 'technique' | 'durationSeconds'>[]): number {
  return steps.filter((s) => !NOT_HANDS_ON.includes(s.technique)).reduce((total, s) => total + s.durationSeconds, 0);
}

/** Hands-on minutes of a list of steps, to one decimal. @example sumHandsOnMinutes([{ technique: 'locate', durationSeconds: 90 }]) // 1.5 */
export function sumHandsOnMinutes(steps: readonly Pick<PlanStep, 'technique' | 'durationSeconds'>[]): number {
  return Math.round((sumHandsOnSeconds(steps) / 60) * 10) / 10;
}

/** The hands-on total as every interface shows it: the exact sum of the steps' shown lengths. @example formatHandsOnTime(plan.steps) // '10.5 min' */
export function formatHandsOnTime(steps: readonly Pick<PlanStep, 'technique' | 'durationSeconds'>[]): string {
  return formatDuration(sumHandsOnSeconds(steps));
}
