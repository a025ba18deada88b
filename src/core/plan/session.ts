import type { Plan, PlanStep } from '../assessment';
import { WORSE_ADVICE, type WorseAdvice } from './session-advice';

export type { WorseAdvice } from './session-advice';

/** Every step starts with a 3-second get-ready phase (3, 2, 1). */
export const GET_READY_MS = 3000;
/** The last seconds of each hold (or step) are counted down, 5 to 1, before "release". */
export const COUNTDOWN_SECONDS = 5;

export type SessionStatus = 'ready' | 'get-ready' | 'running' | 'paused' | 'finished' | 'stopped';
export type SessionPhase = 'get-ready' | 'running';

/** What a player turns into sound, vibration or the terminal bell. */
export type SessionCue =
  | { type: 'get-ready'; stepIndex: number }
  | { type: 'countdown'; value: 3 | 2 | 1 }
  | { type: 'step-start'; stepIndex: number }
  | { type: 'count'; stepIndex: number; secondsLeft: number }
  | { type: 'repetition'; stepIndex: number; repetition: number }
  | { type: 'step-end'; stepIndex: number; skipped: boolean }
  | { type: 'finished' }
  | { type: 'stopped'; reason: 'worse' | 'quit' };

export interface SessionState {
  readonly plan: Plan;
  readonly status: SessionStatus;
  readonly stepIndex: number;
  /** The phase of the current step (kept while paused, so resume knows where to go back to). */
  readonly phase: SessionPhase;
  /** Milliseconds left in the current phase; never negative. */
  readonly remainingMs: number;
  /** Progress through the current step's running phase, 0–1. */
  readonly progress: number;
  /** For holds with repetitions: which one is running now. */
  readonly repetition: { readonly current: number; readonly total: number } | null;
  /** The latest time the session has seen (ms); never goes back. */
  readonly now: number;
  /** Time spent in get-ready and running phases (pauses excluded). */
  readonly activeMs: number;
  /** The cues produced by the last transition only. */
  readonly cues: readonly SessionCue[];
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly skipped: readonly number[];
  readonly stopReason: 'worse' | 'quit' | null;
  readonly advice: WorseAdvice | null;
}

function runningMs(step: PlanStep): number {
  return step.durationSeconds * 1000;
}

function currentStep(state: SessionState): PlanStep {
  return state.plan.steps[state.stepIndex]!;
}

/** How many holds a step's running time is split into (1 without repetitions). */
function holdsOf(step: PlanStep): number {
  return step.repetitions && step.repetitions > 1 ? step.repetitions : 1;
}

/**
 * Milliseconds left in the hold that is running now (the whole step's time when it has no repetitions).
 * @example remainingInHold(tickSession(startSession(plan, 0), 3000)) // the first step's duration in ms
 */
export function remainingInHold(state: SessionState): number {
  const step = currentStep(state);
  const slice = runningMs(step) / holdsOf(step);
  if (state.phase !== 'running' || slice === 0) return state.remainingMs;
  return state.remainingMs % slice || Math.min(slice, state.remainingMs);
}

/** Which repetition (1-based) is running, given the time already spent in the running phase. */
function repetitionAt(step: PlanStep, elapsedMs: number): number | null {
  if (!step.repetitions || step.repetitions < 2) return null;
  const slice = runningMs(step) / step.repetitions;
  return Math.min(step.repetitions, Math.floor(elapsedMs / slice) + 1);
}

/** Recomputes the derived fields (progress, repetition) after a change. */
function derive(state: Omit<SessionState, 'progress' | 'repetition'>): SessionState {
  const step = state.plan.steps[state.stepIndex]!;
  const total = runningMs(step);
  let progress = 0;
  if (state.status === 'finished') progress = 1;
  else if (state.phase === 'running')
    progress = total === 0 ? 1 : Math.min(1, Math.max(0, 1 - state.remainingMs / total));
  const current = state.phase === 'running' ? repetitionAt(step, total - state.remainingMs) : 1;
  const repetition =
    step.repetitions && step.repetitions > 1 ? { current: current ?? 1, total: step.repetitions } : null;
  return { ...state, progress, repetition };
}

/** Enter the get-ready phase of a step. */
function enterGetReady(state: SessionState, stepIndex: number, cues: SessionCue[]): SessionState {
  cues.push({ type: 'get-ready', stepIndex }, { type: 'countdown', value: 3 });
  return derive({ ...state, status: 'get-ready', phase: 'get-ready', stepIndex, remainingMs: GET_READY_MS });
}

/** Leave the current step (done or skipped) and go to the next one, or finish. */
function endStep(state: SessionState, skipped: boolean, cues: SessionCue[]): SessionState {
  cues.push({ type: 'step-end', stepIndex: state.stepIndex, skipped });
  const skippedSteps = skipped ? [...state.skipped, state.stepIndex] : state.skipped;
  const next = state.stepIndex + 1;
  if (next < state.plan.steps.length) return enterGetReady({ ...state, skipped: skippedSteps }, next, cues);
  cues.push({ type: 'finished' });
  return derive({ ...state, skipped: skippedSteps, status: 'finished', remainingMs: 0 });
}

/**
 * The running-phase cues crossed while the remaining time goes from `before` to `after`, in time order:
 * the last seconds of each hold counted down, then the start of the next repetition.
 */
function pushRunningCues(state: SessionState, before: number, after: number, cues: SessionCue[]): void {
  const step = currentStep(state);
  const holds = holdsOf(step);
  const slice = runningMs(step) / holds;
  // Never count the hold's first second: that moment belongs to the step's name or the new repetition.
  const counted = Math.min(COUNTDOWN_SECONDS, Math.ceil(slice / 1000) - 1);
  const { stepIndex } = state;
  for (let k = holds - 1; k >= 0; k -= 1) {
    const holdEnd = k * slice;
    for (let secondsLeft = counted; secondsLeft >= 1; secondsLeft -= 1) {
      const at = holdEnd + secondsLeft * 1000;
      if (before > at && at >= after) cues.push({ type: 'count', stepIndex, secondsLeft });
    }
    // The moment the running phase ends (k = 0) is not the start of another repetition.
    if (k > 0 && before > holdEnd && holdEnd >= after) {
      cues.push({ type: 'repetition', stepIndex, repetition: holds - k + 1 });
    }
  }
}

/** Spend `ms` of active time, crossing as many phase boundaries as it covers. */
function advance(start: SessionState, ms: number, cues: SessionCue[]): SessionState {
  let state = start;
  let left = ms;
  while ((state.status === 'get-ready' || state.status === 'running') && left >= state.remainingMs) {
    left -= state.remainingMs;
    state = { ...state, activeMs: state.activeMs + state.remainingMs };
    if (state.status === 'get-ready') {
      if (state.remainingMs > 2000) cues.push({ type: 'countdown', value: 2 });
      if (state.remainingMs > 1000) cues.push({ type: 'countdown', value: 1 });
      cues.push({ type: 'step-start', stepIndex: state.stepIndex });
      state = derive({ ...state, status: 'running', phase: 'running', remainingMs: runningMs(currentStep(state)) });
    } else {
      pushRunningCues(state, state.remainingMs, 0, cues);
      state = endStep(state, false, cues);
    }
  }
  if (state.status !== 'get-ready' && state.status !== 'running') return state;
  const before = state.remainingMs;
  const after = before - left;
  if (state.status === 'get-ready') {
    if (before > 2000 && after <= 2000) cues.push({ type: 'countdown', value: 2 });
    if (before > 1000 && after <= 1000) cues.push({ type: 'countdown', value: 1 });
  } else {
    pushRunningCues(state, before, after, cues);
  }
  return derive({ ...state, remainingMs: after, activeMs: state.activeMs + left });
}

/** Time never goes back: an earlier `now` counts as no time passing. */
function clampNow(state: SessionState, now: number): number {
  return Number.isFinite(now) && now > state.now ? now : state.now;
}

/**
 * A new session for a plan, waiting to start (pain can be rated first).
 * @example createSession(plan, 0).status // 'ready'
 */
export function createSession(plan: Plan, now: number): SessionState {
  return derive({
    plan,
    status: 'ready',
    stepIndex: 0,
    phase: 'get-ready',
    remainingMs: GET_READY_MS,
    now: Number.isFinite(now) ? now : 0,
    activeMs: 0,
    cues: [],
    painBefore: null,
    painAfter: null,
    skipped: [],
    stopReason: null,
    advice: null,
  });
}

/**
 * Starts a plan (or a `ready` session): the first step's get-ready countdown begins at `now`.
 * @example startSession(plan, 0).cues // [{ type: 'get-ready', stepIndex: 0 }, { type: 'countdown', value: 3 }]
 */
export function startSession(source: Plan | SessionState, now: number): SessionState {
  const base = 'status' in source ? source : createSession(source, now);
  if (base.status !== 'ready') return { ...base, cues: [] };
  const cues: SessionCue[] = [];
  const started = enterGetReady({ ...base, now: clampNow(base, now) }, 0, cues);
  return { ...started, cues };
}

/**
 * Moves the clock to `now`: counts down, emits countdown/step/repetition cues, moves on to the next step.
 * @example tickSession(startSession(plan, 0), 3000).status // 'running'
 */
export function tickSession(state: SessionState, now: number): SessionState {
  const at = clampNow(state, now);
  const cues: SessionCue[] = [];
  const moved = advance({ ...state, now: at }, at - state.now, cues);
  return { ...moved, cues };
}

/** Pauses the countdown; time stops counting until resume. @example pauseSession(s, 1000).status // 'paused' */
export function pauseSession(state: SessionState, now: number): SessionState {
  const ticked = tickSession(state, now);
  if (ticked.status !== 'get-ready' && ticked.status !== 'running') return ticked;
  return { ...ticked, status: 'paused' };
}

/** Resumes a paused session where it left off. @example resumeSession(paused, 9000).status // 'running' */
export function resumeSession(state: SessionState, now: number): SessionState {
  const at = clampNow(state, now);
  if (state.status !== 'paused') return { ...state, now: at, cues: [] };
  return { ...state, status: state.phase, now: at, cues: [] };
}

/**
 * Skips the rest of the current step and goes to the next one's get-ready (or finishes).
 * @example skipStep(startSession(plan, 0), 100).stepIndex // 1
 */
export function skipStep(state: SessionState, now: number): SessionState {
  if (state.status === 'ready' || state.status === 'finished' || state.status === 'stopped') {
    return tickSession(state, now);
  }
  const ticked =
    state.status === 'paused' ? { ...state, now: clampNow(state, now), cues: [] } : tickSession(state, now);
  if (ticked.status === 'finished' || ticked.status === 'stopped') return ticked;
  const cues: SessionCue[] = [...ticked.cues];
  const moved = endStep(ticked, true, cues);
  return { ...moved, cues };
}

/**
 * "It's getting worse": always stops the session and carries the article's advice (stop, seek advice).
 * @example reportWorse(s, 5000).status // 'stopped'
 */
export function reportWorse(state: SessionState, now: number): SessionState {
  return {
    ...state,
    status: 'stopped',
    now: clampNow(state, now),
    stopReason: 'worse',
    advice: WORSE_ADVICE,
    cues: [{ type: 'stopped', reason: 'worse' }],
  };
}

/** Ends the session early at the person's request (no advice needed). @example quitSession(s, 0).status // 'stopped' */
export function quitSession(state: SessionState, now: number): SessionState {
  if (state.status === 'stopped') return { ...state, cues: [] };
  return {
    ...state,
    status: 'stopped',
    now: clampNow(state, now),
    stopReason: 'quit',
    cues: [{ type: 'stopped', reason: 'quit' }],
  };
}

/**
 * Records the pain rating (0–10) before or after the session.
 * @example setPain(s, 'before', 7).painBefore // 7
 */
export function setPain(state: SessionState, when: 'before' | 'after', value: number): SessionState {
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new RangeError(`pain${when === 'before' ? 'Before' : 'After'} must be a whole number from 0 to 10`);
  }
  return when === 'before' ? { ...state, painBefore: value, cues: [] } : { ...state, painAfter: value, cues: [] };
}

/** The total active length of a plan's session, get-ready phases included. @example sessionTotalMs(plan) // 3000 × steps + durations */
export function sessionTotalMs(plan: Plan): number {
  return plan.steps.reduce((total, step) => total + GET_READY_MS + runningMs(step), 0);
}
