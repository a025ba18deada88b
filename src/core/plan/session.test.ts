import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../assessment';
import { buildPlan } from './build-plan';
import {
  createSession,
  GET_READY_MS,
  pauseSession,
  quitSession,
  remainingInHold,
  reportWorse,
  resumeSession,
  type SessionState,
  sessionTotalMs,
  setPain,
  skipStep,
  startSession,
  tickSession,
} from './session';

const plan: Plan = buildPlan({ region: 'calf' }, 'gentle');
const T0 = 1_000_000;

describe('session state machine', () => {
  it('starts ready, then counts down 3-2-1 and starts the step', () => {
    const ready = createSession(plan, T0);
    expect(ready.status).toBe('ready');
    const s0 = startSession(ready, T0);
    expect(s0.status).toBe('get-ready');
    expect(s0.cues).toEqual([
      { type: 'get-ready', stepIndex: 0 },
      { type: 'countdown', value: 3 },
    ]);
    expect(tickSession(s0, T0 + 1000).cues).toEqual([{ type: 'countdown', value: 2 }]);
    const s2 = tickSession(tickSession(s0, T0 + 1000), T0 + 2000);
    expect(s2.cues).toEqual([{ type: 'countdown', value: 1 }]);
    const s3 = tickSession(s2, T0 + GET_READY_MS);
    expect(s3).toMatchObject({
      status: 'running',
      stepIndex: 0,
      remainingMs: plan.steps[0]!.durationSeconds * 1000,
      progress: 0,
    });
    expect(s3.cues).toEqual([{ type: 'step-start', stepIndex: 0 }]);
  });

  it('reports progress and moves to the next step at the end', () => {
    const step0 = plan.steps[0]!.durationSeconds * 1000;
    const s = startSession(plan, T0);
    const half = tickSession(s, T0 + GET_READY_MS + step0 / 2);
    expect(half.progress).toBeCloseTo(0.5);
    const end = tickSession(half, T0 + GET_READY_MS + step0);
    expect(end).toMatchObject({ status: 'get-ready', stepIndex: 1, remainingMs: GET_READY_MS });
    expect(end.cues.map((c) => c.type)).toEqual([
      'count',
      'count',
      'count',
      'count',
      'count',
      'step-end',
      'get-ready',
      'countdown',
    ]);
  });

  it('exposes and cues the current repetition of a hold', () => {
    const stretchIndex = plan.steps.findIndex((st) => st.technique === 'stretch');
    let s = startSession(plan, T0);
    for (let i = 0; i < stretchIndex; i += 1) s = skipStep(s, T0);
    s = tickSession(s, T0 + GET_READY_MS);
    expect(s.repetition).toEqual({ current: 1, total: 3 });
    s = tickSession(s, T0 + GET_READY_MS + 30_000);
    expect(s.repetition).toEqual({ current: 2, total: 3 });
    expect(s.cues.filter((c) => c.type !== 'count')).toEqual([
      { type: 'repetition', stepIndex: stretchIndex, repetition: 2 },
    ]);
  });

  it('tells how long is left in the hold that runs now', () => {
    const stretchIndex = plan.steps.findIndex((st) => st.technique === 'stretch');
    let s = startSession(plan, T0);
    for (let i = 0; i < stretchIndex; i += 1) s = skipStep(s, T0);
    expect(remainingInHold(s)).toBe(GET_READY_MS);
    s = tickSession(s, T0 + GET_READY_MS);
    expect(remainingInHold(s)).toBe(30_000);
    expect(remainingInHold(tickSession(s, T0 + GET_READY_MS + 25_000))).toBe(5000);
    expect(remainingInHold(tickSession(s, T0 + GET_READY_MS + 30_000))).toBe(30_000);
    expect(remainingInHold(tickSession(s, T0 + GET_READY_MS + 89_000 - 1))).toBe(1001);
    const first = tickSession(startSession(plan, T0), T0 + GET_READY_MS + 1000);
    expect(remainingInHold(first)).toBe(first.remainingMs);
  });

  it('pause freezes time and resume continues where it left off', () => {
    const running = tickSession(startSession(plan, T0), T0 + 5000);
    const paused = pauseSession(running, T0 + 6000);
    expect(paused.status).toBe('paused');
    const later = tickSession(paused, T0 + 60_000);
    expect(later.remainingMs).toBe(paused.remainingMs);
    const resumed = resumeSession(later, T0 + 60_000);
    expect(resumed.status).toBe('running');
    expect(tickSession(resumed, T0 + 61_000).remainingMs).toBe(paused.remainingMs - 1000);
  });

  it('skip ends the step as skipped; skipping the last step finishes', () => {
    let s = startSession(plan, T0);
    s = skipStep(s, T0 + 10);
    expect(s).toMatchObject({ stepIndex: 1, status: 'get-ready', skipped: [0] });
    expect(s.cues[0]).toEqual({ type: 'step-end', stepIndex: 0, skipped: true });
    for (let i = 1; i < plan.steps.length; i += 1) s = skipStep(s, T0 + 10);
    expect(s.status).toBe('finished');
    expect(s.cues.at(-1)).toEqual({ type: 'finished' });
  });

  it('reportWorse stops with the article advice; quit stops without it', () => {
    const worse = reportWorse(tickSession(startSession(plan, T0), T0 + 4000), T0 + 4000);
    expect(worse).toMatchObject({ status: 'stopped', stopReason: 'worse' });
    expect(worse.advice?.text).toMatch(/discontinue the massage and seek medical advice/);
    expect(worse.advice?.source).toBe('Article: "How Do You Massage a Muscle Spasm?"');
    expect(worse.cues).toEqual([{ type: 'stopped', reason: 'worse' }]);
    const quit = quitSession(startSession(plan, T0), T0);
    expect(quit).toMatchObject({ status: 'stopped', stopReason: 'quit', advice: null });
  });

  it('records pain before and after and rejects out-of-range ratings', () => {
    const s = setPain(setPain(createSession(plan, T0), 'before', 7), 'after', 3);
    expect(s).toMatchObject({ painBefore: 7, painAfter: 3 });
    expect(() => setPain(s, 'after', 11)).toThrow(/painAfter must be a whole number from 0 to 10/);
    expect(() => setPain(s, 'before', 2.5)).toThrow(/painBefore/);
  });

  it('never mutates the state it is given', () => {
    const s = startSession(plan, T0);
    const copy = structuredClone(s);
    tickSession(s, T0 + 50_000);
    pauseSession(s, T0 + 1);
    skipStep(s, T0 + 1);
    reportWorse(s, T0 + 1);
    expect(s).toEqual(copy);
  });
});

type Action = { kind: 'tick' | 'pause' | 'resume' | 'skip'; dt: number };
const actionArb: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom('tick' as const, 'pause' as const, 'resume' as const, 'skip' as const),
  dt: fc.integer({ min: -5000, max: 400_000 }),
});
const planArb = fc.constantFrom(
  plan,
  buildPlan({ region: 'neck' }, 'full'),
  buildPlan({ region: 'thigh-back', history: { frequency: 'daily' } }, 'full'),
);

function apply(s: SessionState, a: Action, now: number): SessionState {
  if (a.kind === 'pause') return pauseSession(s, now);
  if (a.kind === 'resume') return resumeSession(s, now);
  if (a.kind === 'skip') return skipStep(s, now);
  return tickSession(s, now);
}

describe('session properties', () => {
  it('remaining never negative, progress within 0–1, time monotone, active time ≤ wall time', () => {
    fc.assert(
      fc.property(planArb, fc.array(actionArb, { maxLength: 40 }), (p, actions) => {
        let s = startSession(p, T0);
        let now = T0;
        for (const a of actions) {
          now += a.dt;
          const next = apply(s, a, now);
          expect(next.remainingMs).toBeGreaterThanOrEqual(0);
          expect(next.progress).toBeGreaterThanOrEqual(0);
          expect(next.progress).toBeLessThanOrEqual(1);
          expect(next.now).toBeGreaterThanOrEqual(s.now);
          expect(next.activeMs).toBeLessThanOrEqual(next.now - T0);
          expect(next.stepIndex).toBeLessThan(p.steps.length);
          s = next;
        }
      }),
    );
  });

  it('finishes exactly after the total duration with no skips, however time is sliced', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.integer({ min: 1, max: 120_000 }), { maxLength: 30 }), (p, slices) => {
        const total = sessionTotalMs(p);
        let s = startSession(p, T0);
        let now = T0;
        for (const dt of slices) {
          now = Math.min(T0 + total - 1, now + dt);
          s = tickSession(s, now);
          expect(s.status).not.toBe('finished');
        }
        s = tickSession(s, T0 + total);
        expect(s.status).toBe('finished');
        expect(s.activeMs).toBe(total);
      }),
    );
  });

  it('pause freezes time for any duration', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (p, at, wait) => {
          const paused = pauseSession(startSession(p, T0), T0 + at);
          const later = tickSession(paused, T0 + at + wait);
          if (paused.status === 'paused') {
            expect(later.remainingMs).toBe(paused.remainingMs);
            expect(later.stepIndex).toBe(paused.stepIndex);
            expect(later.activeMs).toBe(paused.activeMs);
          }
        },
      ),
    );
  });

  it('reportWorse always stops with advice, from any state', () => {
    fc.assert(
      fc.property(planArb, fc.array(actionArb, { maxLength: 20 }), (p, actions) => {
        let s = startSession(p, T0);
        let now = T0;
        for (const a of actions) {
          now += Math.max(0, a.dt);
          s = apply(s, a, now);
        }
        const stopped = reportWorse(s, now);
        expect(stopped.status).toBe('stopped');
        expect(stopped.advice?.text).toMatch(/seek medical advice/);
        expect(stopped.cues).toEqual([{ type: 'stopped', reason: 'worse' }]);
      }),
    );
  });
});
