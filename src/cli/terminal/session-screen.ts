import type { Assessment, Plan, PlanStep } from '../../core/assessment';
import { CARE_LEVEL_LABELS, MASSAGE_LEVEL_LABELS, PRESSURE_LABELS, REGION_LABELS } from '../../core/messages/labels';
import { describeCue } from '../../core/plan/cues';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import type { SessionCue, SessionState } from '../../core/plan/session';
import { describeSource } from '../../core/sources';
import { formatClock, renderBigText, renderProgressBar } from './big-digits';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

export const SCREEN_WIDTH = 80;
export const KEYS_HINT = "space pause/resume · s skip · w it's getting worse · q quit";

/** A dim citation line (or lines), wrapped to the screen. */
function renderCitation(source: string, style: Style, indent = ''): string[] {
  const text = indent ? `(${describeSource(source)})` : `Source: ${describeSource(source)}`;
  return wrapText(text, SCREEN_WIDTH, indent).map((line) => style.dim(line));
}

function describeDose(step: PlanStep): string {
  const parts = [
    `Pressure: ${PRESSURE_LABELS[step.pressure].label}`,
    `Time: ${formatClock(step.durationSeconds * 1000)}`,
  ];
  if (step.hold) parts.push(`Hold ${step.hold.minSeconds}–${step.hold.maxSeconds} s`);
  if (step.repetitions) parts.push(`${step.repetitions}×`);
  return parts.join(' · ');
}

/** The header of a plan: what it is, how long, and the verdict that allowed it. */
export function renderPlanIntro(assessment: Assessment, plan: Plan, style: Style): string[] {
  const care = CARE_LEVEL_LABELS[assessment.care];
  const lines = [
    style.bold(`Knead guided session · ${REGION_LABELS[plan.region]} · ${MASSAGE_LEVEL_LABELS[plan.massage].label}`),
    ...wrapText(MASSAGE_LEVEL_LABELS[plan.massage].description, SCREEN_WIDTH),
    `${plan.steps.length} steps · ${formatHandsOnTime(plan.steps)} hands-on, then ${plan.temperature}.`,
  ];
  if (assessment.care !== 'self_care') {
    lines.push(style.yellow(style.bold(care.headline)), ...wrapText(care.action, SCREEN_WIDTH));
  }
  lines.push(...wrapText(assessment.disclaimer, SCREEN_WIDTH).map((line) => style.dim(line)));
  return lines;
}

/** What the step asks of the person: title, dose, region-specific instructions and cautions. */
export function renderStepDetails(state: SessionState, style: Style, stepIndex = state.stepIndex): string[] {
  const step = state.plan.steps[stepIndex]!;
  const counter = `Step ${stepIndex + 1} of ${state.plan.steps.length}`;
  const title = step.title;
  const gap = Math.max(2, SCREEN_WIDTH - title.length - counter.length);
  return [
    style.bold(title) + ' '.repeat(gap) + style.dim(counter),
    style.cyan(describeDose(step)),
    '',
    ...wrapText(step.instructions, SCREEN_WIDTH),
    '',
    ...step.cautions.flatMap((caution) => wrapBullet('! ', caution, SCREEN_WIDTH).map((l) => style.yellow(l))),
    ...renderCitation(step.source, style),
  ];
}

function describeStatus(state: SessionState): string {
  const repetition = state.repetition ? `Repetition ${state.repetition.current} of ${state.repetition.total}` : '';
  if (state.status === 'paused') return ['PAUSED — press space to continue', repetition].filter(Boolean).join(' · ');
  if (state.phase === 'get-ready') return 'Get ready…';
  return repetition || 'Go';
}

/** The full player screen for a TTY: step details, a big countdown, a progress bar, the latest cue and the keys. */
export function renderSessionScreen(state: SessionState, style: Style, caption = ''): string {
  const inGetReady = state.phase === 'get-ready';
  const big = inGetReady ? String(Math.max(1, Math.ceil(state.remainingMs / 1000))) : formatClock(state.remainingMs);
  const barWidth = SCREEN_WIDTH - 8;
  const percent = `${String(Math.round(state.progress * 100)).padStart(3)}%`;
  const status = describeStatus(state);
  return [
    ...renderStepDetails(state, style),
    '',
    ...renderBigText(big).map((row) => `  ${inGetReady ? style.yellow(row) : style.green(row)}`),
    '',
    `${renderProgressBar(state.progress, barWidth)} ${percent}`,
    state.status === 'paused' ? style.inverse(status) : style.bold(status),
    ...(caption ? wrapText(`» ${caption}`, SCREEN_WIDTH).map((line) => style.bold(line)) : []),
    '',
    style.dim(KEYS_HINT),
  ].join('\n');
}

/** The words of a cue (the same the browser speaks), joined for one line; '' when it has none. */
export function describeCueWords(cue: SessionCue, state: SessionState): string {
  return describeCue(cue, state.plan)
    .map((word) => word.text)
    .join(' · ');
}

/** One line per cue for a plain (non-TTY) transcript, in the cue's words; `null` when a cue needs no line. */
export function describeCueLine(cue: SessionCue, state: SessionState): string | null {
  const words = describeCueWords(cue, state);
  switch (cue.type) {
    case 'countdown':
      return `${cue.value}…`;
    case 'step-start':
      return `${words}: go, ${formatClock((state.plan.steps[cue.stepIndex]?.durationSeconds ?? 0) * 1000)}`;
    case 'step-end':
      return cue.skipped ? [`Step ${cue.stepIndex + 1} skipped.`, words].filter(Boolean).join(' ') : words || null;
    case 'finished':
      return `${words}.`;
    case 'stopped':
      return cue.reason === 'worse' ? 'Session stopped: it is getting worse.' : 'Session ended.';
    default:
      return words || null;
  }
}

/** The "it's getting worse" screen: stop, the article's advice, and when to get help. */
export function renderWorseAdvice(state: SessionState, style: Style): string {
  const advice = state.advice;
  if (!advice) return '';
  return [
    style.red(style.bold(`STOPPED — it's getting worse. ${advice.heading}.`)),
    ...wrapText(advice.instruction, SCREEN_WIDTH),
    '',
    ...wrapText(advice.text, SCREEN_WIDTH),
    ...renderCitation(advice.source, style),
    '',
    style.bold('When to get help:'),
    ...advice.whenToGetHelp.flatMap((item) => [
      ...wrapBullet('• ', item.text, SCREEN_WIDTH),
      ...renderCitation(item.source, style, '  '),
    ]),
  ].join('\n');
}

/** Why the session will not run: the care verdict and every reason that restricted massage. */
export function renderRefusal(assessment: Assessment, style: Style): string {
  const care = CARE_LEVEL_LABELS[assessment.care];
  const reasons = assessment.reasons.filter((r) => r.axis !== 'info');
  return [
    style.red(style.bold(MASSAGE_LEVEL_LABELS.avoid.label)),
    ...wrapText(MASSAGE_LEVEL_LABELS.avoid.description, SCREEN_WIDTH),
    '',
    style.bold(`${care.label}: ${care.headline}`),
    ...wrapText(care.action, SCREEN_WIDTH),
    '',
    style.bold('Why:'),
    ...reasons.flatMap((r) => [...wrapBullet('• ', r.text, SCREEN_WIDTH), ...renderCitation(r.source, style, '  ')]),
    '',
    ...wrapText(assessment.disclaimer, SCREEN_WIDTH).map((line) => style.dim(line)),
  ].join('\n');
}

/** The closing summary: what was done and the pain before and after. */
export function renderSummary(state: SessionState, style: Style): string {
  // A session that stopped early completed only the steps before the current one.
  const reached = state.status === 'finished' ? state.plan.steps.length : state.stepIndex;
  const done = reached - state.skipped.filter((index) => index < reached).length;
  const lines = [style.bold('Session summary'), `Steps done: ${done} of ${state.plan.steps.length}`];
  if (state.painBefore !== null || state.painAfter !== null) {
    lines.push(`Pain before: ${state.painBefore ?? '–'} / 10 · after: ${state.painAfter ?? '–'} / 10`);
  }
  if (state.painBefore !== null && state.painAfter !== null && state.painAfter > state.painBefore) {
    lines.push(style.red(wrapText(state.plan.stopRule.text, SCREEN_WIDTH).join('\n')));
  }
  return lines.join('\n');
}
