import type { Assessment } from '../../core/assessment';
import { CARE_LEVEL_LABELS, REGION_LABELS, TECHNIQUE_LABELS } from '../../core/messages/labels';
import type { GatedPlan } from '../../core/plan/assigned-plan';
import { describeSource } from '../../core/sources';
import type { TherapistPlan } from '../io/knead-server';
import { SCREEN_WIDTH } from './session-screen';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

/** The gate's answer as a heading, the same words as the web's GateResult. */
export const GATE_HEADINGS = {
  full: 'Your plan is ready',
  reduced: 'Your plan, made gentler today',
  blocked: 'Not today: the plan waits',
  'needs-check': 'Answer the safety questions first',
} as const;

const techniqueLabel = (technique: string) => TECHNIQUE_LABELS[technique as keyof typeof TECHNIQUE_LABELS] ?? technique;

/** One line a plan: its number (for `run N`), region, who assigned it, its steps, and the id. */
export function renderPlanList(plans: readonly TherapistPlan[], style: Style): string[] {
  if (plans.length === 0) {
    return [
      'No plan yet. When a therapist you linked with (the care team page of the web app) assigns one, it appears here.',
    ];
  }
  return plans.flatMap((plan, index) => [
    style.bold(
      `${index + 1}. ${REGION_LABELS[plan.plan.region]}${plan.clinicianEmail ? ` — from ${plan.clinicianEmail}` : ''}`,
    ),
    ...wrapText(
      `${plan.plan.steps.map((s) => techniqueLabel(s.technique)).join(' → ')} · ${plan.plan.sessionsPerWeek} a week`,
      SCREEN_WIDTH,
      '   ',
    ),
    ...(plan.plan.note ? wrapText(`Note from your therapist: ${plan.plan.note}`, SCREEN_WIDTH, '   ') : []),
    style.dim(`   id ${plan.id}`),
  ]);
}

/**
 * What the check decided, in plain words: full, reduced (and what was left out) or blocked (and the care level's
 * words: what to do instead), then why, each deciding rule with its id and source.
 */
export function renderGate(gate: GatedPlan, assessment: Assessment, style: Style): string[] {
  const heading = GATE_HEADINGS[gate.status];
  const colour = gate.status === 'blocked' ? style.red : gate.status === 'reduced' ? style.yellow : style.green;
  const lines = [
    colour(style.bold(`${heading.toUpperCase()} (${gate.status})`)),
    ...wrapText(gate.reason, SCREEN_WIDTH),
  ];
  if (gate.status === 'reduced' && gate.dropped.length > 0) {
    lines.push(...wrapText(`Left out today: ${gate.dropped.map(techniqueLabel).join(', ')}.`, SCREEN_WIDTH));
  }
  const care = CARE_LEVEL_LABELS[assessment.care];
  if (gate.status === 'blocked' || assessment.care !== 'self_care') {
    lines.push('', style.bold(`${care.label}: ${care.headline}`), ...wrapText(care.action, SCREEN_WIDTH));
  }
  const texts = new Map(assessment.reasons.map((reason) => [reason.id, reason.text]));
  lines.push('', style.bold('Why (the rules of your check):'));
  for (const rule of gate.rules) {
    lines.push(...wrapBullet('• ', `${texts.get(rule.id) ?? rule.id} [${rule.id}]`, SCREEN_WIDTH));
    lines.push(...wrapText(`(${describeSource(rule.source)})`, SCREEN_WIDTH, '  ').map((line) => style.dim(line)));
  }
  lines.push('', ...wrapText(assessment.disclaimer, SCREEN_WIDTH).map((line) => style.dim(line)));
  return lines;
}
