import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../core/assessment';
import { describeCues } from '../../../core/plan/cues';
import type { CueWords } from '../../../core/plan/plan-wording';
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
import { cancelSpeech, speakCues } from './speech';
import { useWakeLock } from './wake-lock';

export interface SessionControls {
  state: SessionState;
  startedAt: Date | null;
  /** The latest cue in words, shown as a caption whether or not it is spoken. */
  caption: string;
  start: () => void;
  pause: () => void;
  resume: () => void;
  skip: () => void;
  worse: () => void;
  quit: () => void;
  ratePain: (when: 'before' | 'after', value: number) => void;
}

export interface PlayerOptions {
  /** No tones or vibration. */
  muted: boolean;
  /** Say the cues aloud. */
  spoken: boolean;
  /** The pain the questionnaire already rated: the session does not ask for it again. */
  painBefore?: number | undefined;
  /** The cues' words in the page's language (core-words). */
  cueWords?: CueWords | undefined;
}

/** Drives the core session state machine with the wall clock, plays, speaks and captions its cues, keeps the screen on. */
export function useSessionPlayer(plan: Plan, options: PlayerOptions): SessionControls {
  const [state, setState] = useState<SessionState>(() => {
    const ready = createSession(plan, Date.now());
    return options.painBefore === undefined ? ready : setPain(ready, 'before', options.painBefore);
  });
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  const [caption, setCaption] = useState('');
  const latest = useRef(options);
  latest.current = options;
  // The machine runs outside React's batching, so every transition's cues are heard, however renders are grouped.
  const session = useRef(state);

  const apply = useCallback((change: (current: SessionState, now: number) => SessionState) => {
    const next = change(session.current, Date.now());
    session.current = next;
    setState(next);
    playCues(next.cues, latest.current.muted);
    const words = describeCues(next, latest.current.cueWords);
    if (words.length === 0) return;
    setCaption(words.map((cue) => cue.text).join(' · '));
    if (latest.current.spoken) speakCues(words);
  }, []);

  const running = state.status === 'get-ready' || state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => apply(tickSession), 200);
    return () => window.clearInterval(timer);
  }, [running, apply]);

  // Silence at once on pause or stop, when spoken cues are turned off, and on leaving the page.
  const silent = !options.spoken || state.status === 'paused' || state.status === 'stopped';
  useEffect(() => {
    if (silent) cancelSpeech();
  }, [silent]);
  useEffect(() => cancelSpeech, []);

  useWakeLock(running || state.status === 'paused');

  return {
    state,
    startedAt,
    caption,
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
    ratePain: (when, value) => apply((current) => setPain(current, when, value)),
  };
}
