import type { Plan, PlanStep } from '../assessment';
import type { Situation } from '../situation';
import { citeSource } from '../sources';
import type { Context, Sign, Technique } from '../vocabulary';
import { buildPlanStep, type PlanMassage, type StepOptions, sumHandsOnMinutes } from './plan-step';
import { EN_GB_PLAN_WORDING, type PlanWording } from './plan-wording';

/** Acute signs that call for cold rather than heat (DESIGN.md plan rules). */
const COLD_CONTEXTS: readonly Context[] = ['injury'];
const COLD_SIGNS: readonly Sign[] = ['swelling', 'redness', 'warmth', 'extreme-tenderness'];
/** Signs of an acute or inflamed spot: the article says avoid aggressive massage. */
const TENDER_SIGNS: readonly Sign[] = ['redness', 'warmth', 'extreme-tenderness', 'bruising', 'swelling'];

/** Cold for an acute injury or an inflamed spot, otherwise heat (relaxes, more blood flow). */
export function chooseTemperature(situation: Situation): 'heat' | 'cold' {
  const acute =
    (situation.context ?? []).some((c) => COLD_CONTEXTS.includes(c)) ||
    (situation.signs ?? []).some((s) => COLD_SIGNS.includes(s));
  return acute ? 'cold' : 'heat';
}

/** A persistent or stubborn spasm: recurring weekly/daily, or unchanged by massage so far. */
export function isStubbornSpasm(situation: Situation): boolean {
  const history = situation.history;
  return history?.frequency === 'weekly' || history?.frequency === 'daily' || history?.previousMassage === 'same';
}

type Sequence = { technique: Technique; title?: 'stretchAgain' | 'lightEffleurage' | 'gentleStretch' }[];

/** A cramp happening now: the stretch is what releases it (NHS, article), so it comes before anything else. */
export function isOngoingCramp(situation: Pick<Situation, 'ongoing' | 'presentation'>): boolean {
  return situation.ongoing === true && situation.presentation !== 'tightness';
}

/** The sequence with its first stretch moved to the front (the later "Stretch again" stays where it is). */
function stretchFirst(sequence: Sequence): Sequence {
  const index = sequence.findIndex((s) => s.technique === 'stretch');
  if (index <= 0) return sequence;
  return [sequence[index]!, ...sequence.slice(0, index), ...sequence.slice(index + 1)];
}

function sequenceFull(situation: Situation, temperature: 'heat' | 'cold'): Sequence {
  return [
    { technique: 'locate' },
    { technique: 'stretch' },
    { technique: 'effleurage' },
    { technique: 'petrissage' },
    { technique: 'friction' },
    { technique: 'trigger-point' },
    ...(isStubbornSpasm(situation) ? [{ technique: 'deep-tissue' as const }] : []),
    { technique: 'stretch', title: 'stretchAgain' },
    { technique: temperature },
    { technique: 'rate-pain' },
  ];
}

function sequenceGentle(temperature: 'heat' | 'cold'): Sequence {
  return [
    { technique: 'locate' },
    { technique: 'effleurage', title: 'lightEffleurage' },
    { technique: 'stretch', title: 'gentleStretch' },
    { technique: 'breathing' },
    { technique: temperature },
    { technique: 'rate-pain' },
  ];
}

/** Cautions the situation adds to every step (numbness on the temperature step, tenderness on hands-on steps). */
function extraCautionsFor(situation: Situation, technique: Technique, wording: PlanWording): string[] {
  const signs = situation.signs ?? [];
  const extra: string[] = [];
  if ((technique === 'heat' || technique === 'cold') && signs.includes('numbness')) extra.push(wording.numbnessCaution);
  const tender = (situation.context ?? []).includes('injury') || signs.some((s) => TENDER_SIGNS.includes(s));
  if (tender && !['heat', 'cold', 'rate-pain', 'breathing'].includes(technique)) extra.push(wording.aggressiveCaution);
  return extra;
}

/**
 * The ordered, timed, region-specific massage plan for a situation (DESIGN.md "Plan rules").
 * `full`: locate → stretch → effleurage → petrissage → friction → trigger points (→ deep tissue when
 * stubborn) → stretch again → heat or cold → rate pain. `gentle`: locate, light effleurage, gentle
 * stretch, breathing, heat or cold, rate pain. Techniques a region does not suit (e.g. firm work on
 * the neck) are left out. For a cramp happening now the region's stretch comes first: it is what
 * releases the cramp. Never call it when the verdict is `avoid`.
 * @example buildPlan({ region: 'calf' }, 'full').steps[1].title // 'Stretch the muscle'
 * @example buildPlan({ region: 'calf', ongoing: true }, 'full').steps[0].technique // 'stretch'
 */
export function buildPlan(situation: Situation, massage: PlanMassage, wording: PlanWording = EN_GB_PLAN_WORDING): Plan {
  const region = wording.knowledge.regions[situation.region];
  const temperature = chooseTemperature(situation);
  const ordered = massage === 'full' ? sequenceFull(situation, temperature) : sequenceGentle(temperature);
  const sequence = isOngoingCramp(situation) ? stretchFirst(ordered) : ordered;
  const steps: PlanStep[] = sequence
    .filter(({ technique }) => region.suitable.includes(technique))
    .map(({ technique, title }) => {
      const options: StepOptions = {
        region,
        massage,
        extraCautions: extraCautionsFor(situation, technique, wording),
        wording,
      };
      if (title !== undefined) options.title = wording[title];
      return buildPlanStep(technique, options);
    });
  return {
    region: situation.region,
    massage,
    temperature,
    steps,
    handsOnMinutes: sumHandsOnMinutes(steps),
    stopRule: { text: wording.knowledge.stopRuleText, source: citeSource('article:how-to-massage') },
  };
}
