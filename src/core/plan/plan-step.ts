import type { PlanStep } from '../assessment';
import type { RegionGuide, TechniqueGuide } from '../knowledge/types';
import { citeSource } from '../sources';
import type { Pressure, Technique } from '../vocabulary';
import { PRESSURES } from '../vocabulary-lists';
import { EN_GB_PLAN_WORDING, type PlanWording } from './plan-wording';

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
  /** The language of the step's texts (default: today's English). */
  wording?: PlanWording;
}

/** The lower of two pressures: a permission caps, never raises, a technique's pressure. */
export function capPressure(pressure: Pressure, cap: Pressure): Pressure {
  return PRESSURES.indexOf(pressure) <= PRESSURES.indexOf(cap) ? pressure : cap;
}

/** Whether the permission allows this technique at all (its guide declares the allowed pressures). */
export function isTechniqueAllowed(guide: TechniqueGuide, massage: PlanMassage): boolean {
  return guide.allowedPressure[massage] !== undefined;
}

/** Region-specific instructions: which stretch, where the hands go, how hard. */
function writeInstructions(guide: TechniqueGuide, region: RegionGuide, massage: PlanMassage, w: PlanWording): string {
  const gentle = massage === 'gentle';
  const hold = () => w.hold(guide.hold!.minSeconds, guide.hold!.maxSeconds, guide.repetitions!);
  switch (guide.technique) {
    case 'locate':
      return w.locate({ position: region.position, how: guide.how, handsOn: region.handsOn });
    case 'stretch':
      return w.stretch({
        title: region.stretch.title,
        instructions: region.stretch.instructions,
        comfort: gentle ? w.comfortGentle : w.comfortFull,
        hold: hold(),
      });
    case 'trigger-point':
      return w.triggerPoint({ handsOn: region.handsOn, how: guide.how, hold: hold() });
    case 'effleurage':
      return gentle ? w.effleurageGentle(region.handsOn) : w.handsOn({ handsOn: region.handsOn, how: guide.how });
    case 'heat':
    case 'cold':
      return w.temperature({ how: guide.how, position: region.position });
    case 'breathing':
    case 'rate-pain':
      return guide.how;
    default:
      return w.handsOn({ handsOn: region.handsOn, how: guide.how });
  }
}

/** The guide for a technique in the wording's language. */
export function techniqueGuideIn(wording: PlanWording, technique: Technique): TechniqueGuide {
  const guide = wording.knowledge.techniques.find((g) => g.technique === technique);
  if (!guide) throw new Error(`No technique guide for ${technique}`);
  return guide;
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
  const wording = options.wording ?? EN_GB_PLAN_WORDING;
  const guide = techniqueGuideIn(wording, technique);
  // The region's guide in the wording's language (the caller may pass the English one).
  const region = wording.knowledge.regions[options.region.region];
  const cap = guide.allowedPressure[options.massage];
  if (cap === undefined) throw new Error(`${technique} is not allowed in a ${options.massage} plan`);
  const step: PlanStep = {
    technique,
    title: options.title ?? guide.title,
    instructions: writeInstructions(guide, region, options.massage, wording),
    pressure: capPressure(guide.pressure, cap),
    durationSeconds: guide.durationSeconds,
    cautions: dedupe([
      ...guide.cautions,
      ...region.cautions,
      ...(options.extraCautions ?? []),
      wording.knowledge.stopRuleText,
    ]),
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
export function formatHandsOnTime(
  steps: readonly Pick<PlanStep, 'technique' | 'durationSeconds'>[],
  wording: Pick<PlanWording, 'duration'> = EN_GB_PLAN_WORDING,
): string {
  return wording.duration(sumHandsOnSeconds(steps));
}
