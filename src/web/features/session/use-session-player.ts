import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../core/assessment';
import {
  createSession,
  pauseSession,
  quitSession,
  reportWorse,
  resumeSession,
  type SessionState,
  setPain,
  skipStep,
  startSession,
  tickSession,
} from '../../../core/plan/session';
import { playCues, unlockAudio } from './cues';
import { useWakeLock } from './wake-lock';

export interface SessionControls {
  state: SessionState;
  startedAt: Date | null;
  start: () => void;
  pause: () => void;
  resume: () => void;
  skip: () => void;
  worse: () => void;
  quit: () => void;
  ratePain: (when: 'before' | 'after', value: number) => void;
}

/** Drives the core session state machine with the wall clock, plays its cues and keeps the screen on. */
export function useSessionPlayer(plan: Plan, muted: boolean): SessionControls {
  const [state, setState] = useState<SessionState>(() => createSession(plan, Date.now()));
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  const apply = useCallback((change: (current: SessionState, now: number) => SessionState) => {
    setState((current) => change(current, Date.now()));
  }, []);

  useEffect(() => {
    playCues(state.cues, mutedRef.current);
  }, [state.cues]);

  const running = state.status === 'get-ready' || state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => apply(tickSession), 200);
    return () => window.clearInterval(timer);
  }, [running, apply]);

  useWakeLock(running || state.status === 'paused');

  return {
    state,
    startedAt,
    start: () => {
      unlockAudio();
      setStartedAt(new Date());
      apply(startSession);
    },
    pause: () => apply(pauseSession),
    resume: () => apply(resumeSession),
    skip: () => apply(skipStep),
    worse: () => apply(reportWorse),
    quit: () => apply(quitSession),
    ratePain: (when, value) => setState((current) => setPain(current, when, value)),
  };
}
