import type { Plan } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import {
  createSession,
  pauseSession,
  quitSession,
  reportWorse,
  resumeSession,
  type SessionCue,
  type SessionState,
  setPain,
  skipStep,
  startSession,
  tickSession,
} from '../../core/plan/session';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import { createKeyReader, type KeyInputStream, type KeyReader, readPain } from './key-input';
import {
  describeCueLine,
  describeCueWords,
  renderSessionScreen,
  renderStepDetails,
  renderSummary,
  renderWorseAdvice,
} from './session-screen';
import type { Style } from './style';

export interface PlayerOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface PlayerOptions {
  input: KeyInputStream;
  output: PlayerOutput;
  style: Style;
  /** Ring the terminal bell on cues (only when the output is a terminal). */
  bell: boolean;
  /** Time runs this many times faster (for demos and tests). */
  speed: number;
  /** Real milliseconds between ticks. */
  tickMs?: number;
  /** Real clock in ms (injected for tests). */
  clock?: () => number;
  /** The pain already rated (the situation's intensity): then the session does not ask for it again. */
  painBefore?: number | undefined;
  /** The run's language (en-GB when not given). */
  translator?: Translator;
}

const CLEAR = '\x1b[H\x1b[2J';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
const BELL = '\x07';
/** At high --speed one tick covers many cues: the screen shows the latest few. */
const CAPTION_CUES = 4;

/** The words of a transition's cues for the screen: the latest few, joined. */
function captionOf(state: SessionState, t: Translator): string {
  return state.cues
    .map((cue) => describeCueWords(cue, state, t))
    .filter(Boolean)
    .slice(-CAPTION_CUES)
    .join(' · ');
}

/** Turns a state change into output: a redrawn screen on a TTY, transcript lines otherwise. */
function createPresenter(options: PlayerOptions) {
  const { output, style } = options;
  const t = options.translator ?? SOURCE_CLI_TRANSLATOR;
  const tty = Boolean(output.isTTY);
  let lastScreen = '';
  let caption = '';
  return (previous: SessionState | null, state: SessionState): void => {
    const words = captionOf(state, t);
    if (words) caption = words;
    // Every bell comes with its words on the screen; in a pipe or a log file a bell is just noise.
    const isAudible = words !== '' || state.cues.some((cue: SessionCue) => cue.type === 'stopped');
    if (tty && options.bell && isAudible) output.write(BELL);
    if (state.status === 'stopped' && state.stopReason === 'worse') {
      output.write(`${tty ? CLEAR : '\n'}${renderWorseAdvice(state, style, t)}\n`);
      return;
    }
    if (tty) {
      // The last countdown frame must not linger above "Session complete".
      if (state.status === 'finished' || state.status === 'stopped') {
        output.write(CLEAR);
        return;
      }
      const screen = renderSessionScreen(state, style, caption, t);
      if (screen !== lastScreen) output.write(CLEAR + screen);
      lastScreen = screen;
      return;
    }
    for (const cue of state.cues) {
      if (cue.type === 'get-ready') output.write(`\n${renderStepDetails(state, style, cue.stepIndex, t).join('\n')}\n`);
      const line = describeCueLine(cue, state, t);
      if (line) output.write(`${line}\n`);
    }
    if (previous && previous.status !== 'paused' && state.status === 'paused')
      output.write(`${t.t('cli.session.paused-line')}\n`);
    if (previous?.status === 'paused' && state.status !== 'paused' && state.status !== 'stopped') {
      output.write(`${t.t('cli.session.resumed-line')}\n`);
    }
  };
}

/** Runs the timed steps until the session finishes or stops, answering keys as they come. */
function runSteps(ready: SessionState, keys: KeyReader, options: PlayerOptions, now: () => number) {
  const present = createPresenter(options);
  if (options.output.isTTY) options.output.write(HIDE_CURSOR);
  return new Promise<SessionState>((resolve) => {
    let state = ready;
    let timer: ReturnType<typeof setInterval> | undefined;
    const update = (next: SessionState) => {
      const previous = state;
      state = next;
      present(previous, state);
      if (state.status === 'finished' || state.status === 'stopped') {
        clearInterval(timer);
        keys.setHandler(null);
        if (options.output.isTTY) options.output.write(SHOW_CURSOR);
        resolve(state);
      }
    };
    state = startSession(ready, now());
    present(null, state);
    timer = setInterval(() => update(tickSession(state, now())), options.tickMs ?? 100);
    keys.setHandler((key) => {
      const at = now();
      if (key === ' ') update(state.status === 'paused' ? resumeSession(state, at) : pauseSession(state, at));
      else if (key === 's' || key === 'S') update(skipStep(state, at));
      else if (key === 'w' || key === 'W') update(reportWorse(state, at));
      else if (key === 'q' || key === 'Q' || key === '\x03') update(quitSession(state, at));
    });
  });
}

/**
 * Plays a plan in the terminal: pain before, each step with a get-ready 3-2-1, a big countdown and
 * a progress bar, bell cues, keys (space pause/resume, s skip, w getting worse, q quit), pain after.
 * @example const final = await playSession(plan, { input: process.stdin, output: process.stdout, style, bell: true, speed: 1 });
 */
export async function playSession(plan: Plan, options: PlayerOptions): Promise<SessionState> {
  const realClock = options.clock ?? (() => performance.now());
  const realStart = realClock();
  const now = () => realStart + (realClock() - realStart) * options.speed;
  const write = (text: string) => options.output.write(text);
  const t = options.translator ?? SOURCE_CLI_TRANSLATOR;
  const keys = createKeyReader(options.input);
  try {
    let state = createSession(plan, now());
    if (options.painBefore === undefined) {
      const before = await readPain(keys, write, t.t('cli.session.pain-before-prompt'), t.t('cli.session.pain-retry'));
      if (before.quit) return quitSession(state, now());
      if (before.value !== null) state = setPain(state, 'before', before.value);
    } else {
      state = setPain(state, 'before', options.painBefore);
      write(`${t.t('cli.session.pain-before-given', { pain: options.painBefore })}\n`);
    }
    state = await runSteps(state, keys, options, now);
    if (state.status === 'finished' || state.stopReason === 'quit') {
      // A plain transcript already has this line from the cue.
      if (options.output.isTTY)
        write(
          `\n${state.status === 'finished' ? options.style.green(t.t('cli.session.complete')) : t.t('cli.session.ended')}\n`,
        );
      const after = await readPain(keys, write, t.t('cli.session.pain-after-prompt'), t.t('cli.session.pain-retry'));
      if (after.value !== null) state = setPain(state, 'after', after.value);
      write(`${renderSummary(state, options.style, t)}\n`);
    }
    return state;
  } finally {
    keys.close();
  }
}
