import { afterEach, describe, expect, it } from 'vitest';
import { REGIONS } from '../../core/vocabulary';
import { KEYS, PtySession } from '../pty-session';

let session: PtySession | undefined;
afterEach(() => session?.kill());

const down = (n: number) => KEYS.down.repeat(n);

describe('knead check (driven through a pseudo-terminal)', () => {
  it('walks a calf cramp from body region to a self-care verdict and plan', async () => {
    session = new PtySession(['check']);
    await session.answer('Where is the spasm?', down(REGIONS.indexOf('calf')) + KEYS.enter);
    await session.answer('Which side?', KEYS.enter);
    await session.answer('Is any of this happening?', KEYS.enter);
    await session.answer('Did any of this happen recently?', KEYS.enter);
    await session.answer('happening right now?', KEYS.enter);
    await session.answer('lasted so far?', `3${KEYS.enter}`);
    await session.answer('How strong is the pain', `6${KEYS.enter}`);
    await session.answer('What was going on', KEYS.enter);
    await session.answer('notice any of this at the spot', KEYS.enter);
    await session.answer('How often do you get spasms', KEYS.enter);
    await session.answer('any of these conditions', KEYS.enter);
    await session.answer('any of these medicines', KEYS.enter);
    await session.answer('massaged it before', KEYS.enter);
    await session.answer('Start the guided session now', `n${KEYS.enter}`);
    expect(await session.exited()).toBe(0);
    const screen = session.text;
    expect(screen).toContain('YOU CAN LOOK AFTER THIS YOURSELF');
    expect(screen).toMatch(/Your plan: Calf/);
    expect(screen).toContain('STOP RULE');
  }, 60_000);

  it('goes straight from the verdict into the guided session, and "w" stops it with advice', async () => {
    session = new PtySession(['check', '--speed', '20']);
    await session.answer('Where is the spasm?', down(REGIONS.indexOf('thigh-back')) + KEYS.enter);
    await session.answer('Which side?', KEYS.enter);
    await session.answer('Is any of this happening?', KEYS.enter);
    await session.answer('Did any of this happen recently?', KEYS.enter);
    await session.answer('happening right now?', KEYS.enter);
    await session.answer('lasted so far?', `2${KEYS.enter}`);
    await session.answer('How strong is the pain', `5${KEYS.enter}`);
    for (const prompt of [
      'What was going on',
      'notice any of this at the spot',
      'How often do you get spasms',
      'any of these conditions',
      'any of these medicines',
      'massaged it before',
      'Start the guided session now',
    ]) {
      await session.answer(prompt, KEYS.enter);
    }
    await session.answer('How bad is the pain now?', `5${KEYS.enter}`);
    await session.waitFor('Step 1 of');
    session.write('w');
    expect(await session.exited()).toBe(4);
    expect(session.text).toContain("STOPPED — it's getting worse");
    expect(session.text).toContain('seek medical advice');
  }, 60_000);

  it('stops at the red flags and shows the emergency verdict at once', async () => {
    session = new PtySession(['check']);
    await session.answer('Where is the spasm?', down(REGIONS.indexOf('calf')) + KEYS.enter);
    await session.answer('Which side?', KEYS.enter);
    // The first red flag offered is chest pain: tick it.
    await session.answer('Is any of this happening?', KEYS.space + KEYS.enter);
    await session.answer('Did any of this happen recently?', KEYS.enter);
    expect(await session.exited()).toBe(0);
    expect(session.text).toContain('CALL AN AMBULANCE NOW');
    expect(session.text).not.toContain('How strong is the pain');
    expect(session.text).not.toContain('Your plan');
  }, 60_000);

  it('rejects an out-of-range pain score and asks again', async () => {
    session = new PtySession(['check']);
    await session.answer('Where is the spasm?', KEYS.enter);
    await session.answer('Which side?', KEYS.enter);
    await session.answer('Is any of this happening?', KEYS.enter);
    await session.answer('Did any of this happen recently?', KEYS.enter);
    await session.answer('happening right now?', KEYS.enter);
    await session.answer('lasted so far?', `2${KEYS.enter}`);
    await session.answer('How strong is the pain', `12${KEYS.enter}`);
    await session.waitFor('Type a number from 0 to 10');
    session.write(KEYS.ctrlC);
    expect(await session.exited()).toBe(130);
    expect(session.text).toContain('Nothing was saved');
  }, 60_000);
});
