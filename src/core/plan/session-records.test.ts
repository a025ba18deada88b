import { describe, expect, it } from 'vitest';
import { assessSituation } from '../assess/assess-situation';
import { EpisodeInputSchema, SessionInputSchema } from '../journal';
import type { Situation } from '../situation';
import { createSession, reportWorse, setPain, skipStep, startSession, tickSession } from './session';
import { buildSessionRecords, judgeResponse } from './session-records';

const situation: Situation = { region: 'calf', side: 'left', ongoing: false, durationMinutes: 5, intensity: 6 };
const assessment = assessSituation(situation);
const plan = assessment.plan;
if (!plan) throw new Error('a plain calf cramp has a plan');
const start = new Date('2026-11-24T20:00:00Z');
const end = new Date('2026-11-24T20:12:00Z');

/** Runs the plan to its end (skipping `skip` step indexes), with the pain ratings given. */
function finishedSession(painBefore: number | null, painAfter: number | null, skip: number[] = []) {
  let state = startSession(createSession(plan as NonNullable<typeof plan>, 0), 0);
  if (painBefore !== null) state = setPain(state, 'before', painBefore);
  let now = 0;
  while (state.status !== 'finished') {
    if (skip.includes(state.stepIndex) && !state.skipped.includes(state.stepIndex)) state = skipStep(state, now);
    else {
      now += 1_000;
      state = tickSession(state, now);
    }
  }
  return painAfter === null ? state : setPain(state, 'after', painAfter);
}

describe('buildSessionRecords', () => {
  it('writes a valid episode and session, linked, with the pain ratings and what was done', () => {
    const { episode, session } = buildSessionRecords(finishedSession(6, 3), situation, assessment, start, end);
    expect(EpisodeInputSchema.safeParse(episode).success).toBe(true);
    expect(SessionInputSchema.safeParse(session).success).toBe(true);
    expect(session.episodeId).toBe(episode.id);
    expect(episode).toMatchObject({ region: 'calf', side: 'left', painBefore: 6, painAfter: 3, response: 'better' });
    expect(episode.startedAt).toBe('2026-11-24T19:55:00.000Z'); // the cramp began 5 minutes before the session
    expect(session).toMatchObject({
      startedAt: start.toISOString(),
      endedAt: end.toISOString(),
      stepsCompleted: plan.steps.length,
      stoppedEarly: false,
    });
    const techniques = new Set<string>(plan.steps.map((step) => step.technique));
    for (const action of episode.actions ?? []) expect(techniques.has(action)).toBe(true);
    expect(episode.actions?.length).toBeGreaterThan(0);
  });

  it('leaves skipped steps out of what was done', () => {
    const skippedIndex = 0;
    const skippedTechnique = plan.steps[skippedIndex]?.technique;
    const othersUse = plan.steps.some((step, i) => i !== skippedIndex && step.technique === skippedTechnique);
    const { episode } = buildSessionRecords(
      finishedSession(null, null, [skippedIndex]),
      situation,
      assessment,
      start,
      end,
    );
    if (!othersUse) expect(episode.actions).not.toContain(skippedTechnique);
    expect(episode).not.toHaveProperty('response'); // no ratings, no judgement
  });

  it('records a "getting worse" stop as stopped early, for that reason, and the episode as worse', () => {
    let state = setPain(startSession(createSession(plan, 0), 0), 'before', 4);
    state = tickSession(state, 5_000);
    state = reportWorse(state, 5_000);
    const { episode, session } = buildSessionRecords(setPain(state, 'after', 2), situation, assessment, start, end);
    expect(session).toMatchObject({ stoppedEarly: true, stopReason: 'worse' });
    expect(episode.response).toBe('worse'); // pressing "worse" wins over the ratings
  });

  it.each([
    [5, 2, 'better'],
    [5, 5, 'same'],
    [2, 5, 'worse'],
  ] as const)('pain %s → %s reads %s', (before, after, expected) => {
    expect(judgeResponse(finishedSession(before, after))).toBe(expected);
  });
});
