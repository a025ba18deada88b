import type { Schedule } from '../assessment';
import type { ScheduleGuideline } from '../knowledge/frequency';
import type { Situation } from '../situation';
import { citeSource } from '../sources';
import type { PlanMassage } from './plan-step';
import { EN_GB_PLAN_WORDING, type PlanWording } from './plan-wording';

/** Gentle sessions stay short: start small and only build up if it helps (article's frequency guidance). */
const GENTLE_MAX_MINUTES = 10;

/**
 * Which of the article's frequency guidelines fits: chronic (recurring weekly/daily) first, then
 * recovery after exercise, then moderate–severe (intensity ≥ 6), otherwise mild.
 * @example chooseGuideline({ region: 'calf', intensity: 7 }) // 'moderate-severe'
 */
export function chooseGuideline(situation: Situation): ScheduleGuideline {
  const frequency = situation.history?.frequency;
  if (frequency === 'weekly' || frequency === 'daily') return 'chronic';
  if ((situation.context ?? []).includes('exercise')) return 'after-exercise';
  if ((situation.intensity ?? 0) >= 6) return 'moderate-severe';
  return 'mild';
}

/**
 * How often to repeat self-care, as data the .ics export uses, with the monitoring/stop rule.
 * @example buildSchedule({ region: 'calf' }, 'full').sessionsPerDay // 2
 */
export function buildSchedule(
  situation: Situation,
  massage: PlanMassage,
  wording: PlanWording = EN_GB_PLAN_WORDING,
): Schedule {
  const id = chooseGuideline(situation);
  const guideline = wording.knowledge.frequencyGuidelines.find((g) => g.id === id);
  if (!guideline) throw new Error(`No frequency guideline ${id}`);
  const gentle = massage === 'gentle';
  const sessionMinutes = gentle ? Math.min(guideline.sessionMinutes, GENTLE_MAX_MINUTES) : guideline.sessionMinutes;
  const { monitoringRule } = wording.knowledge;
  return {
    guideline: guideline.id,
    text: wording.scheduleText({ title: guideline.title, text: guideline.text }, gentle),
    source: citeSource(guideline.source),
    sessionsPerDay: guideline.sessionsPerDay,
    sessionMinutes,
    intervalDays: guideline.intervalDays,
    occurrences: guideline.occurrences,
    stopRule: { text: monitoringRule.text, source: citeSource(monitoringRule.source) },
  };
}
