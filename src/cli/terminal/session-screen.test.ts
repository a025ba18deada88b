import { describe, expect, it } from 'vitest';
import { assessSituation } from '../../core/assess/assess-situation';
import { buildPlan } from '../../core/plan/build-plan';
import { pauseSession, reportWorse, skipStep, startSession, tickSession } from '../../core/plan/session';
import { REGIONS } from '../../core/vocabulary';
import {
  describeCueLine,
  renderPlanIntro,
  renderRefusal,
  renderSessionScreen,
  renderSummary,
  renderWorseAdvice,
  SCREEN_WIDTH,
} from './session-screen';
import { createStyle, stripAnsi } from './style';

const plain = createStyle(false);
const width = (text: string) =>
  Math.max(
    ...stripAnsi(text)
      .split('\n')
      .map((l) => [...l].length),
  );

describe('session screens', () => {
  it('fit 80 columns for every region, plan and step', () => {
    for (const region of REGIONS) {
      for (const massage of ['gentle', 'full'] as const) {
        let state = startSession(buildPlan({ region, signs: ['numbness'] }, massage), 0);
        for (let i = 0; i < state.plan.steps.length; i += 1) {
          expect(width(renderSessionScreen(tickSession(state, state.now + 3500), plain))).toBeLessThanOrEqual(
            SCREEN_WIDTH,
          );
          state = skipStep(state, state.now);
        }
      }
    }
  });

  it('shows the step, a big countdown, a progress bar, the repetition and the keys', () => {
    const plan = buildPlan({ region: 'thigh-back' }, 'full');
    const running = tickSession(skipStep(startSession(plan, 0), 0), 3000 + 45_000);
    const screen = renderSessionScreen(running, plain);
    expect(screen).toContain('Step 2 of');
    expect(screen).toContain('Hamstring stretch');
    expect(screen).toMatch(/█+░+ +50%/);
    expect(screen).toContain('Repetition 2 of 3');
    expect(screen).toContain("w it's getting worse");
    expect(renderSessionScreen(pauseSession(running, 48_000), plain)).toContain('PAUSED');
  });

  it('shows the article advice and when to get help after "getting worse"', () => {
    const text = renderWorseAdvice(reportWorse(startSession(buildPlan({ region: 'calf' }, 'full'), 0), 10), plain);
    expect(text).toContain("STOPPED — it's getting worse");
    expect(text).toMatch(/discontinue the\s+massage and seek medical\s+advice/);
    expect(text).toContain('When to get help');
    expect(width(text)).toBeLessThanOrEqual(SCREEN_WIDTH);
  });

  it('explains a refusal with the care verdict and its reasons', () => {
    const text = renderRefusal(assessSituation({ region: 'calf', signs: ['swelling', 'warmth'] }), plain);
    expect(text).toContain('Do not massage');
    expect(text).toMatch(/doctor/i);
    expect(text).toContain('Why:');
    expect(width(text)).toBeLessThanOrEqual(SCREEN_WIDTH);
  });

  it('introduces the plan and summarises pain before and after', () => {
    const assessment = assessSituation({ region: 'neck' });
    const intro = renderPlanIntro(assessment, assessment.plan!, plain).join('\n');
    expect(intro).toContain('Gentle massage only');
    let state = startSession(assessment.plan!, 0);
    state = { ...skipStep(state, 0), painBefore: 6, painAfter: 8 };
    const summary = renderSummary({ ...state, status: 'stopped', stopReason: 'quit' }, plain);
    expect(summary).toContain('Steps done: 0 of');
    expect(summary).toContain('Pain before: 6 / 10 · after: 8 / 10');
    expect(summary).toMatch(/seek medical\s+advice/);
  });

  it('prints each cue in the words the browser speaks, and shows the latest cue on the screen', () => {
    const plan = buildPlan({ region: 'calf' }, 'full');
    const ended = tickSession(startSession(plan, 0), 3000 + plan.steps[0]!.durationSeconds * 1000);
    const lines = ended.cues.map((cue) => describeCueLine(cue, ended)).filter(Boolean);
    expect(lines).toEqual([
      '2…',
      '1…',
      'Find the spasm: go, 0:30',
      '5',
      '4',
      '3',
      '2',
      '1',
      'Release · Next: Stretch the muscle',
      '3…',
    ]);
    expect(describeCueLine({ type: 'step-end', stepIndex: 1, skipped: true }, ended)).toBe(
      'Step 2 skipped. Next: Effleurage: long sweeping strokes',
    );
    const long = `Release · Next: ${'a very long step name '.repeat(5)}`;
    const screen = renderSessionScreen(ended, plain, long);
    expect(stripAnsi(screen)).toContain('» Release · Next: a very long');
    expect(width(screen)).toBeLessThanOrEqual(SCREEN_WIDTH);
  });
});
