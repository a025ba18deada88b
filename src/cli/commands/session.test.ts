import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PtySession } from '../pty-session';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));

let session: PtySession | undefined;
afterEach(() => session?.kill());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CLEAR_SCREEN = '\x1b[2J';
const KEYS_HINT = "space pause/resume · s skip · w it's getting worse · q quit";

const BELL = String.fromCharCode(7);

/** A bell, then a frame starting with `stepLine` that shows `caption` (a pattern) before the next bell. */
function bellFrame(stepLine: string, caption: string): RegExp {
  return new RegExp(`${BELL}${stepLine}[^${BELL}]*?» ${caption}\\r?\\n`);
}

/** What stays on the terminal after the last screen clear. */
function afterLastClear(raw: string): string {
  return raw.slice(raw.lastIndexOf(CLEAR_SCREEN));
}

describe('knead session (driven through a pseudo-terminal)', () => {
  it('runs a whole plan: pain before, countdowns and progress, bell cues, pain after, summary', async () => {
    session = new PtySession(['session', '--region', 'calf', '--speed', '2000']);
    await session.answer('How bad is the pain now?', '6\r');
    await session.answer('after the session?', '3\r');
    expect(await session.exited()).toBe(0);
    const screen = session.text;
    expect(screen).toContain('Knead guided session · Calf');
    expect(screen).toMatch(/Step \d of 9/);
    expect(screen).toMatch(/[█░]{20,} +\d+%/);
    expect(screen).toContain("space pause/resume · s skip · w it's getting worse · q quit");
    expect(screen).toContain('Session complete.');
    expect(screen).toContain('Steps done: 9 of 9');
    expect(screen).toContain('Pain before: 6 / 10 · after: 3 / 10');
    expect(screen).toContain('\x07');
    // The last countdown frame is cleared: only the end of the session is left on screen.
    const last = afterLastClear(session.raw);
    expect(last).toContain('Session complete.');
    expect(last).not.toContain(KEYS_HINT);
    expect(last).not.toContain('█');
  }, 60_000);

  it('rings the bell with the cue\'s words on screen: the name, the count, "Release", "Next"', async () => {
    session = new PtySession(['session', '--region', 'calf', '--speed', '10']);
    await session.answer('How bad is the pain now?', '\r');
    await session.waitFor('» Release · Next: Stretch the muscle');
    session.write('q');
    await session.answer('after the session?', '\r');
    expect(await session.exited()).toBe(0);
    const text = session.text;
    expect(text).toMatch(bellFrame('Find the spasm +Step 1 of 9', 'Find the spasm'));
    expect(text).toMatch(bellFrame('Find the spasm +Step 1 of 9', '(\\d · )*5( · \\d)*'));
    expect(text).toMatch(bellFrame('Stretch the muscle +Step 2 of 9', 'Release · Next: Stretch the muscle'));
    const last = afterLastClear(session.raw);
    expect(last).toContain('Session ended.');
    expect(last).not.toContain(KEYS_HINT);
  }, 60_000);

  it('pauses (time stands still), resumes, skips and quits; --quiet rings no bell', async () => {
    session = new PtySession(['session', '--region', 'thigh-back', '--speed', '4', '--quiet']);
    await session.answer('How bad is the pain now?', '\r');
    await session.waitFor(/Step 1 of 9[\s\S]*Go/);
    session.write(' ');
    await session.waitFor('PAUSED — press space to continue');
    const frozen = session.text.length;
    await sleep(700);
    // Nothing redraws while paused: the countdown stands still.
    expect(session.text.length).toBe(frozen);
    session.write(' ');
    session.write('s');
    await session.waitFor('Hamstring stretch', 20_000, frozen);
    await session.waitFor('Step 2 of 9', 20_000, frozen);
    session.write('q');
    await session.answer('after the session?', '\r');
    expect(await session.exited()).toBe(0);
    expect(session.text).toContain('Session ended.');
    expect(session.text).toContain('Steps done: 0 of 9');
    expect(session.text).not.toContain('\x07');
  }, 60_000);

  it('"w" stops the session and shows the advice and when to get help (exit 4)', async () => {
    session = new PtySession(['session', '--region', 'neck', '--speed', '4']);
    await session.answer('How bad is the pain now?', '5\r');
    await session.waitFor('Step 1 of');
    session.write('w');
    expect(await session.exited()).toBe(4);
    const screen = session.text;
    expect(screen).toContain("STOPPED — it's getting worse");
    expect(screen).toMatch(/discontinue the\s+massage and seek medical\s+advice/);
    expect(screen).toContain('When to get help:');
    expect(screen).toMatch(/ambulance/);
  }, 60_000);

  it('refuses with the care verdict when massage is not advised (exit 3)', async () => {
    session = new PtySession(['session', '--region', 'calf', '--signs', 'swelling,warmth']);
    expect(await session.exited()).toBe(3);
    expect(session.text).toContain('Do not massage');
    expect(session.text).toContain('Why:');
    expect(session.text).not.toContain('How bad is the pain now?');
  }, 60_000);
});

/** Runs the real binary with a pipe for stdin (no TTY), feeding keys as the transcript asks. */
function runScripted(args: string[], feed: (text: string, write: (keys: string) => void) => void) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
    feed(stdout, (keys) => child.stdin.write(keys));
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A feed that rates the pain `before` when asked first, then `after` when asked after the session. */
function answerPain(before: number, after: number) {
  let answered = 0;
  return (text: string, write: (keys: string) => void) => {
    if (answered === 0 && text.includes('How bad is the pain now?')) {
      answered = 1;
      write(`${before}\n`);
    }
    if (answered === 1 && text.includes('after the session?')) {
      answered = 2;
      write(`${after}\n`);
    }
  };
}

describe('knead session (scripted stdin)', () => {
  it('prints a plain transcript with 3-2-1 cues and records pain before and after', async () => {
    const result = await runScripted(['session', '--region', 'calf', '--speed', '5000'], answerPain(4, 2));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\x1b[');
    expect(result.stdout).toContain(
      'Get ready\n3…\n2…\n1…\nFind the spasm: go, 0:30\n5\n4\n3\n2\n1\nRelease · Next: Stretch the muscle\n',
    );
    expect(result.stdout).toContain('Release · Hold 2 of 3');
    expect(result.stdout).toContain('Session complete.');
    expect(result.stdout).toContain('Pain before: 4 / 10 · after: 2 / 10');
  }, 60_000);

  it('takes the pain before from --intensity instead of asking again', async () => {
    const args = ['session', '--region', 'calf', '--intensity', '7', '--speed', '5000', '--quiet'];
    let answered = false;
    const result = await runScripted(args, (text, write) => {
      if (!answered && text.includes('after the session?')) write('4\n');
      answered ||= text.includes('after the session?');
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pain before: 7 / 10, from your answers.');
    expect(result.stdout).not.toContain('How bad is the pain now? Type 0');
    expect(result.stdout).toContain('Pain before: 7 / 10 · after: 4 / 10');
  }, 60_000);

  it('rejects bad flags with one line per problem naming the field (exit 2)', async () => {
    const result = await runScripted(['session', '--region', 'knee', '--intensity', '12'], () => undefined);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--region: .*calf/m);
    expect(result.stderr).toMatch(/^--intensity: .*10/m);
    expect(result.stderr).not.toMatch(/at .*\.ts/);
  }, 60_000);

  it('--save writes the episode and the session to the journal, with the pain ratings', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'knead-session-save-'));
    try {
      const args = ['session', '--region', 'calf', '--speed', '5000', '--quiet', '--save', '--data-dir', dataDir];
      const result = await runScripted(args, answerPain(6, 3));
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Saved to your journal: episode [0-9a-f-]{36} and this session/);
      const exported = await runScripted(['export', '--format', 'json', '--data-dir', dataDir], () => undefined);
      const backup = JSON.parse(exported.stdout) as {
        episodes: { id: string; region: string; painBefore: number; painAfter: number; response: string }[];
        sessions: { episodeId: string; stepsCompleted: number; stoppedEarly: boolean }[];
      };
      expect(backup.episodes).toMatchObject([{ region: 'calf', painBefore: 6, painAfter: 3, response: 'better' }]);
      expect(backup.sessions).toMatchObject([
        { episodeId: backup.episodes[0]?.id, stepsCompleted: 9, stoppedEarly: false },
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
