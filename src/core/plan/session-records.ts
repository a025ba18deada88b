import type { Assessment } from '../assessment';
import { generateUuid7 } from '../ids';
import { ACTIONS, type Action, type EpisodeInput, type SessionRecord } from '../journal';
import type { Situation } from '../situation';
import type { SessionState } from './session';

/**
 * The journal records a guided session leaves behind — shared by the web player and `knead session --save`,
 * so both write the same episode and session.
 */

/** An episode from an assessed situation (what the quick log and a finished session save). */
export function buildEpisodeFromSituation(
  situation: Situation,
  assessment: Assessment | null,
  extra: Partial<EpisodeInput> = {},
  now: Date = new Date(),
): EpisodeInput {
  const startedAt = new Date(now.getTime() - (situation.durationMinutes ?? 0) * 60_000).toISOString();
  const episode: EpisodeInput = {
    id: generateUuid7(now.getTime()),
    startedAt,
    region: situation.region,
    context: situation.context ?? [],
    signs: situation.signs ?? [],
    actions: [],
    assessment,
    ...extra,
  };
  if (situation.side) episode.side = situation.side;
  if (situation.durationMinutes !== undefined) episode.durationMinutes = situation.durationMinutes;
  if (situation.intensity !== undefined) episode.intensity = situation.intensity;
  if (situation.history) episode.history = situation.history;
  return episode;
}

/** The journal actions a session actually performed (skipped steps and non-actions left out). */
export function listSessionActions(state: SessionState): Action[] {
  const done = state.plan.steps.filter(
    (_, index) => index < countCompletedSteps(state) && !state.skipped.includes(index),
  );
  const actions = new Set<Action>();
  for (const step of done)
    if ((ACTIONS as readonly string[]).includes(step.technique)) actions.add(step.technique as Action);
  return [...actions];
}

/** Steps finished (a stopped session counts only the ones before the current step). */
export function countCompletedSteps(state: SessionState): number {
  return state.status === 'finished' ? state.plan.steps.length : state.stepIndex;
}

/** better / same / worse from the pain ratings; "worse" whenever the person pressed the worse button. */
export function judgeResponse(state: SessionState): EpisodeInput['response'] {
  if (state.stopReason === 'worse') return 'worse';
  if (state.painBefore === null || state.painAfter === null) return undefined;
  if (state.painAfter < state.painBefore) return 'better';
  return state.painAfter > state.painBefore ? 'worse' : 'same';
}

/** The episode and the session record a finished (or stopped) session writes to the journal. */
export function buildSessionRecords(
  state: SessionState,
  situation: Situation,
  assessment: Assessment,
  startedAt: Date,
  endedAt: Date,
): { episode: EpisodeInput; session: SessionRecord } {
  const response = judgeResponse(state);
  const episode = buildEpisodeFromSituation(situation, assessment, { actions: listSessionActions(state) }, startedAt);
  if (state.painBefore !== null) episode.painBefore = state.painBefore;
  if (state.painAfter !== null) episode.painAfter = state.painAfter;
  if (response) episode.response = response;
  const session: SessionRecord = {
    id: generateUuid7(endedAt.getTime()),
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    region: state.plan.region,
    massage: state.plan.massage,
    plan: state.plan,
    stepsCompleted: countCompletedSteps(state),
    stoppedEarly: state.status === 'stopped',
    episodeId: episode.id,
  };
  if (state.painBefore !== null) session.painBefore = state.painBefore;
  if (state.painAfter !== null) session.painAfter = state.painAfter;
  if (state.stopReason) session.stopReason = state.stopReason === 'worse' ? 'worse' : 'user';
  return { episode, session };
}
