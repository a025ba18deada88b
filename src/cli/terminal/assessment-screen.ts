import type { Assessment, Plan, PlanStep } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import {
  CARE_LEVEL_LABELS,
  type CareLevelLabel,
  EPISODE_TYPE_LABELS,
  MASSAGE_LEVEL_LABELS,
  PRESSURE_LABELS,
  REGION_LABELS,
} from '../../core/messages/labels';
import { formatDuration } from '../../core/messages/numbers';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import { isEmergencyCare } from '../../core/vocabulary';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

const WIDTH = 80;
const URGENT = new Set(['emergency_ambulance', 'emergency', 'consultation_24']);

function section(style: Style, title: string): string[] {
  return ['', style.bold(title)];
}

function bullet(text: string, source?: string): string[] {
  const body = source ? `${text} [${source}]` : text;
  return wrapBullet('  • ', body, WIDTH);
}

function describeTiming(step: PlanStep, t: Translator): string {
  const parts = [formatDuration(step.durationSeconds)];
  if (step.hold) parts.push(t.t('cli.plan.hold', { min: step.hold.minSeconds, max: step.hold.maxSeconds }));
  if (step.repetitions) parts.push(t.t('cli.plan.repetitions', { count: step.repetitions }));
  if (step.pressure !== 'none')
    parts.push(t.t('cli.plan.pressure', { pressure: PRESSURE_LABELS[step.pressure].label.toLowerCase() }));
  return parts.join(t.t('cli.plan.timing-separator'));
}

/** The plan as numbered steps with timing, instructions and cautions, within 80 columns. */
export function renderPlan(plan: Plan, style: Style, t: Translator = SOURCE_CLI_TRANSLATOR): string[] {
  const lines = section(
    style,
    t.t('cli.plan.heading', {
      region: REGION_LABELS[plan.region],
      time: formatHandsOnTime(plan.steps),
      temperature: t.t(`cli.plan.temperature.${plan.temperature}`),
    }),
  );
  // Cautions every step carries are said once up front; each step then lists only its own.
  const shared = plan.steps[0]?.cautions.filter((c) => plan.steps.every((s) => s.cautions.includes(c))) ?? [];
  if (shared.length > 0) {
    lines.push(style.yellow(`  ${t.t('cli.plan.throughout')}`));
    for (const caution of shared) lines.push(...wrapText(`! ${caution}`, WIDTH, '    ').map((l) => style.yellow(l)));
  }
  plan.steps.forEach((step, index) => {
    lines.push(`  ${style.bold(`${index + 1}. ${step.title}`)} ${style.dim(`(${describeTiming(step, t)})`)}`);
    lines.push(...wrapText(step.instructions, WIDTH, '     '));
    for (const caution of step.cautions.filter((c) => !shared.includes(c))) {
      lines.push(...wrapText(`! ${caution}`, WIDTH, '     ').map((l) => style.yellow(l)));
    }
  });
  lines.push(
    '',
    ...wrapText(t.t('cli.plan.stop-rule', { text: plan.stopRule.text, source: plan.stopRule.source }), WIDTH).map((l) =>
      style.bold(l),
    ),
  );
  return lines;
}

/**
 * Render an assessment for a terminal: the verdict first and unmistakable, then why, then the plan.
 * @example renderAssessment(assessSituation({ region: 'calf' }), createStyle(false)).join('\n')
 */
export function renderAssessment(
  assessment: Assessment,
  style: Style,
  t: Translator = SOURCE_CLI_TRANSLATOR,
  care: CareLevelLabel = CARE_LEVEL_LABELS[assessment.care],
): string[] {
  const banner = ` ${care.headline.toLocaleUpperCase(t.lang)} `;
  const colour: 'red' | 'yellow' | 'green' = URGENT.has(assessment.care)
    ? 'red'
    : assessment.care === 'consultation'
      ? 'yellow'
      : 'green';
  const lines = [style.inverse(style[colour](style.bold(banner.padEnd(Math.min(WIDTH, banner.length + 4), ' '))))];
  lines.push(...wrapText(care.action, WIDTH));
  const massage = MASSAGE_LEVEL_LABELS[assessment.massage];
  lines.push(
    '',
    `${style.bold(t.t('cli.assess.massage'))} ${massage.label}`,
    ...wrapText(massage.description, WIDTH, '  '),
  );

  lines.push(...section(style, t.t('cli.assess.why')));
  for (const reason of assessment.reasons) lines.push(...bullet(reason.text, reason.source));

  if (assessment.factors.length > 0) {
    lines.push(...section(style, t.t('cli.assess.factors')));
    for (const factor of assessment.factors)
      lines.push(...bullet(t.t('cli.assess.factor', { label: factor.label, why: factor.why }), factor.source));
  }
  lines.push(...section(style, t.t('cli.assess.avoid')));
  for (const item of assessment.avoid) lines.push(...bullet(item.text, item.source));

  if (!isEmergencyCare(assessment.care)) {
    lines.push(
      ...section(style, t.t('cli.assess.how-long', { type: EPISODE_TYPE_LABELS[assessment.episodeType].label })),
    );
    lines.push(...bullet(assessment.expectedDuration.text, assessment.expectedDuration.source));
    lines.push(...section(style, t.t('cli.assess.worry-if')));
    for (const item of assessment.worryIf) lines.push(...bullet(item.text, item.source));
  }
  if (assessment.plan) lines.push(...renderPlan(assessment.plan, style, t));
  if (assessment.schedule) {
    lines.push(...section(style, t.t('cli.assess.how-often')));
    lines.push(...bullet(assessment.schedule.text, assessment.schedule.source));
  }
  lines.push('', ...wrapText(assessment.disclaimer, WIDTH).map((l) => style.dim(l)));
  return lines;
}
