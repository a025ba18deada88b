import type { Assessment, Plan, PlanStep } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import {
  CARE_LEVEL_LABELS,
  type CareLevelLabel,
  MASSAGE_LEVEL_LABELS,
  PRESSURE_LABELS,
  REGION_LABELS,
} from '../../core/messages/labels';
import { describeCue, type SpokenCue } from '../../core/plan/cues';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import type { SessionCue, SessionState } from '../../core/plan/session';
import { describeSource } from '../../core/sources';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import { formatClock, renderBigText, renderProgressBar } from './big-digits';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

export const SCREEN_WIDTH = 80;
export const KEYS_HINT = SOURCE_CLI_TRANSLATOR.t('cli.session.keys');
const T = SOURCE_CLI_TRANSLATOR;

/** A dim citation line (or lines), wrapped to the screen. */
function renderCitation(source: string, style: Style, t: Translator, indent = ''): string[] {
  const text = indent ? `(${describeSource(source)})` : t.t('cli.session.source', { source: describeSource(source) });
  return wrapText(text, SCREEN_WIDTH, indent).map((line) => style.dim(line));
}

function describeDose(step: PlanStep, t: Translator): string {
  const parts = [
    t.t('cli.session.pressure', { pressure: PRESSURE_LABELS[step.pressure].label }),
    t.t('cli.session.time', { time: formatClock(step.durationSeconds * 1000) }),
  ];
  if (step.hold) parts.push(t.t('cli.session.hold', { min: step.hold.minSeconds, max: step.hold.maxSeconds }));
  if (step.repetitions) parts.push(t.t('cli.plan.repetitions', { count: step.repetitions }));
  return parts.join(' · ');
}

/** The header of a plan: what it is, how long, and the verdict that allowed it. */
export function renderPlanIntro(
  assessment: Assessment,
  plan: Plan,
  style: Style,
  t: Translator = T,
  care: CareLevelLabel = CARE_LEVEL_LABELS[assessment.care],
): string[] {
  const lines = [
    style.bold(
      t.t('cli.session.title', {
        region: REGION_LABELS[plan.region],
        massage: MASSAGE_LEVEL_LABELS[plan.massage].label,
      }),
    ),
    ...wrapText(MASSAGE_LEVEL_LABELS[plan.massage].description, SCREEN_WIDTH),
    t.t('cli.session.overview', {
      count: plan.steps.length,
      time: formatHandsOnTime(plan.steps),
      temperature: t.t(`cli.plan.temperature.${plan.temperature}`),
    }),
  ];
  if (assessment.care !== 'self_care') {
    lines.push(style.yellow(style.bold(care.headline)), ...wrapText(care.action, SCREEN_WIDTH));
  }
  lines.push(...wrapText(assessment.disclaimer, SCREEN_WIDTH).map((line) => style.dim(line)));
  return lines;
}

/** What the step asks of the person: title, dose, region-specific instructions and cautions. */
export function renderStepDetails(
  state: SessionState,
  style: Style,
  stepIndex = state.stepIndex,
  t: Translator = T,
): string[] {
  const step = state.plan.steps[stepIndex]!;
  const counter = t.t('cli.session.step-of', { step: stepIndex + 1, total: state.plan.steps.length });
  const title = step.title;
  const gap = Math.max(2, SCREEN_WIDTH - title.length - counter.length);
  return [
    style.bold(title) + ' '.repeat(gap) + style.dim(counter),
    style.cyan(describeDose(step, t)),
    '',
    ...wrapText(step.instructions, SCREEN_WIDTH),
    '',
    ...step.cautions.flatMap((caution) => wrapBullet('! ', caution, SCREEN_WIDTH).map((l) => style.yellow(l))),
    ...renderCitation(step.source, style, t),
  ];
}

function describeStatus(state: SessionState, t: Translator): string {
  const repetition = state.repetition
    ? t.t('cli.session.repetition-of', { current: state.repetition.current, total: state.repetition.total })
    : '';
  if (state.status === 'paused') return [t.t('cli.session.paused'), repetition].filter(Boolean).join(' · ');
  if (state.phase === 'get-ready') return t.t('cli.session.get-ready');
  return repetition || t.t('cli.session.go');
}

/** The full player screen for a TTY: step details, a big countdown, a progress bar, the latest cue and the keys. */
export function renderSessionScreen(state: SessionState, style: Style, caption = '', t: Translator = T): string {
  const inGetReady = state.phase === 'get-ready';
  const big = inGetReady ? String(Math.max(1, Math.ceil(state.remainingMs / 1000))) : formatClock(state.remainingMs);
  const barWidth = SCREEN_WIDTH - 8;
  const percent = `${String(Math.round(state.progress * 100)).padStart(3)}%`;
  const status = describeStatus(state, t);
  return [
    ...renderStepDetails(state, style, state.stepIndex, t),
    '',
    ...renderBigText(big).map((row) => `  ${inGetReady ? style.yellow(row) : style.green(row)}`),
    '',
    `${renderProgressBar(state.progress, barWidth)} ${percent}`,
    state.status === 'paused' ? style.inverse(status) : style.bold(status),
    ...(caption ? wrapText(`» ${caption}`, SCREEN_WIDTH).map((line) => style.bold(line)) : []),
    '',
    style.dim(t.t('cli.session.keys')),
  ].join('\n');
}

/** A spoken cue in the run's language: the words of the fixed cues come from the catalog, titles and counts as they are. */
function translateCue(word: SpokenCue, cue: SessionCue, plan: Plan, t: Translator): string {
  switch (word.kind) {
    case 'get-ready':
      return t.t('cli.cue.get-ready');
    case 'release':
      return t.t('cli.cue.release');
    case 'complete':
      return t.t('cli.cue.complete');
    case 'hold':
      return cue.type === 'repetition'
        ? t.t('cli.cue.hold', {
            current: cue.repetition,
            total: plan.steps[cue.stepIndex]?.repetitions ?? cue.repetition,
          })
        : word.text;
    case 'next': {
      const next = 'stepIndex' in cue ? plan.steps[cue.stepIndex + 1] : undefined;
      return next ? t.t('cli.cue.next', { title: next.title }) : word.text;
    }
    default:
      return word.text;
  }
}

/** The words of a cue (the same the browser speaks), joined for one line; '' when it has none. */
export function describeCueWords(cue: SessionCue, state: SessionState, t: Translator = T): string {
  return describeCue(cue, state.plan)
    .map((word) => translateCue(word, cue, state.plan, t))
    .join(' · ');
}

/** One line per cue for a plain (non-TTY) transcript, in the cue's words; `null` when a cue needs no line. */
export function describeCueLine(cue: SessionCue, state: SessionState, t: Translator = T): string | null {
  const words = describeCueWords(cue, state, t);
  switch (cue.type) {
    case 'countdown':
      return `${cue.value}…`;
    case 'step-start':
      return t.t('cli.session.step-go', {
        title: words,
        time: formatClock((state.plan.steps[cue.stepIndex]?.durationSeconds ?? 0) * 1000),
      });
    case 'step-end':
      return cue.skipped
        ? [t.t('cli.session.step-skipped', { step: cue.stepIndex + 1 }), words].filter(Boolean).join(' ')
        : words || null;
    case 'finished':
      return `${words}.`;
    case 'stopped':
      return cue.reason === 'worse' ? t.t('cli.session.stopped-worse') : t.t('cli.session.ended');
    default:
      return words || null;
  }
}

/** The "it's getting worse" screen: stop, the article's advice, and when to get help. */
export function renderWorseAdvice(state: SessionState, style: Style, t: Translator = T): string {
  const advice = state.advice;
  if (!advice) return '';
  return [
    style.red(style.bold(t.t('cli.session.worse-heading', { heading: advice.heading }))),
    ...wrapText(advice.instruction, SCREEN_WIDTH),
    '',
    ...wrapText(advice.text, SCREEN_WIDTH),
    ...renderCitation(advice.source, style, t),
    '',
    style.bold(t.t('cli.session.when-to-get-help')),
    ...advice.whenToGetHelp.flatMap((item) => [
      ...wrapBullet('• ', item.text, SCREEN_WIDTH),
      ...renderCitation(item.source, style, t, '  '),
    ]),
  ].join('\n');
}

/** Why the session will not run: the care verdict and every reason that restricted massage. */
export function renderRefusal(
  assessment: Assessment,
  style: Style,
  t: Translator = T,
  care: CareLevelLabel = CARE_LEVEL_LABELS[assessment.care],
): string {
  const reasons = assessment.reasons.filter((r) => r.axis !== 'info');
  return [
    style.red(style.bold(MASSAGE_LEVEL_LABELS.avoid.label)),
    ...wrapText(MASSAGE_LEVEL_LABELS.avoid.description, SCREEN_WIDTH),
    '',
    style.bold(`${care.label}: ${care.headline}`),
    ...wrapText(care.action, SCREEN_WIDTH),
    '',
    style.bold(t.t('cli.session.why')),
    ...reasons.flatMap((r) => [...wrapBullet('• ', r.text, SCREEN_WIDTH), ...renderCitation(r.source, style, t, '  ')]),
    '',
    ...wrapText(assessment.disclaimer, SCREEN_WIDTH).map((line) => style.dim(line)),
  ].join('\n');
}

/** The closing summary: what was done and the pain before and after. */
export function renderSummary(state: SessionState, style: Style, t: Translator = T): string {
  // A session that stopped early completed only the steps before the current one.
  const reached = state.status === 'finished' ? state.plan.steps.length : state.stepIndex;
  const done = reached - state.skipped.filter((index) => index < reached).length;
  const lines = [
    style.bold(t.t('cli.session.summary')),
    t.t('cli.session.steps-done', { done, total: state.plan.steps.length }),
  ];
  if (state.painBefore !== null || state.painAfter !== null) {
    lines.push(
      t.t('cli.session.pain-before-after', { before: state.painBefore ?? '–', after: state.painAfter ?? '–' }),
    );
  }
  if (state.painBefore !== null && state.painAfter !== null && state.painAfter > state.painBefore) {
    lines.push(style.red(wrapText(state.plan.stopRule.text, SCREEN_WIDTH).join('\n')));
  }
  return lines.join('\n');
}
