import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assessSituation } from '../src/core/assess/assess-situation';
import type { Situation } from '../src/core/situation';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const START = new Date('2026-12-03T02:00:00Z');

/** A calf cramp that is over, rated 6 in the questionnaire: self-care, full plan. */
const situation: Situation = { region: 'calf', ongoing: false, durationMinutes: 5, intensity: 6 };
const plan = assessSituation(situation).plan!;
const titles = plan.steps.map((step) => step.title);
const sessionUrl = `/session?s=${encodeURIComponent(JSON.stringify(situation))}`;

interface Recorded {
  spoken: string[];
  cancels: number;
  vibrations: unknown[];
  wake: string[];
}

/** Fakes for speech synthesis, vibration and the wake lock that record what the page asks of them. */
function installFakes(): void {
  const log = { spoken: [] as string[], cancels: 0, vibrations: [] as unknown[], wake: [] as string[] };
  const locks: { released: boolean }[] = [];
  Object.assign(window, {
    __cues: log,
    __dropLocks: () => {
      for (const lock of locks.filter((l) => !l.released)) lock.released = true;
      log.wake.push('dropped');
    },
  });
  class FakeUtterance {
    lang = '';
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: FakeUtterance,
  });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speaking: false,
      pending: false,
      speak: (utterance: FakeUtterance) => log.spoken.push(utterance.text),
      cancel: () => {
        log.cancels += 1;
      },
      getVoices: () => [],
    },
  });
  Object.defineProperty(Navigator.prototype, 'vibrate', {
    configurable: true,
    writable: true,
    value: (pattern: unknown) => log.vibrations.push(pattern) > 0,
  });
  const wakeLock = {
    request: async (type: string) => {
      log.wake.push(`request:${type}`);
      const lock = {
        type,
        released: false,
        release: async () => {
          if (!lock.released) log.wake.push('release');
          lock.released = true;
        },
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      locks.push(lock);
      return lock;
    },
  };
  Object.defineProperty(Navigator.prototype, 'wakeLock', { configurable: true, get: () => wakeLock });
}

/** Browsers without speech, vibration or wake lock. */
function removeApis(): void {
  for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) Reflect.deleteProperty(window, name);
  for (const name of ['vibrate', 'wakeLock']) Reflect.deleteProperty(Navigator.prototype, name);
}

async function openPhone(reducedMotion: 'reduce' | 'no-preference', init: () => void): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ ...PHONE, baseURL: harness.server.url, reducedMotion });
  await context.addInitScript(init);
  return context;
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __cues: Recorded }).__cues);
const spoken = async (page: Page) => (await recorded(page)).spoken;
const caption = (page: Page) => page.getByTestId('cue-caption');

/** Every element that animates or transitions (class names), for the reduced-motion check. */
function findMovingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const isMoving = (durations: string) => durations.split(',').some((d) => Number.parseFloat(d) > 0);
        return style.animationName !== 'none' || isMoving(style.transitionDuration);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
  );
}

/** Opens the session on a phone with the clock paused, so the test moves time itself; page errors are collected. */
async function openSession(reducedMotion: 'reduce' | 'no-preference', init: () => void) {
  const context = await openPhone(reducedMotion, init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install({ time: START });
  await page.goto(sessionUrl);
  await expectHeading(page, 'Guided massage');
  await page.clock.pauseAt(new Date(START.getTime() + 600_000));
  return { context, page, errors };
}

const COUNT = ['5', '4', '3', '2', '1'];

describe('spoken cues in the guided session', () => {
  it('speaks and captions every cue, keeps the screen on while it runs, and cancels speech on pause', async () => {
    const { context, page, errors } = await openSession('no-preference', installFakes);

    // The questionnaire's pain rating is the pain before: it is shown, not asked again.
    expect(await page.getByText('Pain before: 6 / 10, from your answers.').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'How strong is the pain before you start?' }).count()).toBe(0);

    // Off → on in one tap, and remembered.
    const toggle = page.getByRole('button', { name: 'Spoken cues' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('knead.settings'))).toContain('"spokenCues":true');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await caption(page).getByText('Get ready', { exact: true }).waitFor();
    expect(await caption(page).getAttribute('aria-live')).toBe('polite');
    await expect.poll(async () => (await recorded(page)).wake).toEqual(['request:screen']);

    await page.clock.runFor(3000);
    await caption(page).getByText(titles[0]!, { exact: true }).waitFor();
    const stepMs = plan.steps[0]!.durationSeconds * 1000;
    await page.clock.runFor(stepMs - 4000);
    await caption(page).getByText('4', { exact: true }).waitFor();
    // The last seconds pulse when motion is welcome.
    const pulse = page.locator('.countdown-last');
    await pulse.waitFor();
    expect(await pulse.evaluate((el) => getComputedStyle(el).animationName)).toBe('count-pulse');

    await page.clock.runFor(4000);
    await caption(page).getByText(`Release · Next: ${titles[1]}`, { exact: true }).waitFor();
    expect(await spoken(page)).toEqual(['Get ready', titles[0], ...COUNT, 'Release', `Next: ${titles[1]}`]);
    expect((await recorded(page)).vibrations.length).toBeGreaterThan(5);
    await page.screenshot({ path: `${docs}screenshot-spoken-cues-phone.png`, animations: 'disabled' });

    // The browser drops the lock when the page is hidden; it is taken again on return.
    await page.evaluate(() => {
      (window as unknown as { __dropLocks: () => void }).__dropLocks();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(async () => (await recorded(page)).wake).toEqual(['request:screen', 'dropped', 'request:screen']);

    const cancels = (await recorded(page)).cancels;
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await recorded(page)).cancels).toBeGreaterThan(cancels);
    await page.getByRole('button', { name: 'Resume' }).click();

    // A skip announces the next step without "Release"; skip on to the last step and let it run out.
    await page.getByRole('button', { name: 'Skip step' }).click();
    await caption(page).getByText(`Next: ${titles[2]}`, { exact: true }).waitFor();
    for (let step = 2; step < titles.length - 1; step += 1) {
      await page.getByRole('button', { name: 'Skip step' }).click();
      await caption(page)
        .getByText(`Next: ${titles[step + 1]}`, { exact: true })
        .waitFor();
    }
    const heard = (await spoken(page)).length;
    await page.clock.runFor(3000 + plan.steps.at(-1)!.durationSeconds * 1000);
    await expectHeading(page, 'Session complete');
    expect((await spoken(page)).slice(heard)).toEqual([titles.at(-1), ...COUNT, 'Release', 'Session complete']);
    // The session is over: the screen may sleep again.
    await expect.poll(async () => (await recorded(page)).wake.at(-1)).toBe('release');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with reduced motion: captions and vibration, but no pulsing countdown', async () => {
    const { context, page } = await openSession('reduce', installFakes);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(3000 + plan.steps[0]!.durationSeconds * 1000 - 4000);
    await caption(page).getByText('4', { exact: true }).waitFor();
    const countdown = page.locator('.countdown-last');
    await countdown.waitFor();
    expect(await countdown.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await findMovingElements(page)).toEqual([]);
    // Also on a step whose illustration loops when motion is welcome.
    for (const title of titles.slice(1, 3)) {
      await page.getByRole('button', { name: 'Skip step' }).click();
      await page.getByRole('heading', { name: title, exact: true }).waitFor();
      expect(await findMovingElements(page)).toEqual([]);
    }
    expect((await recorded(page)).vibrations.length).toBeGreaterThan(0);
    // Spoken cues are off until turned on: captions only.
    expect(await spoken(page)).toEqual([]);
    await context.close();
  });

  it('runs with captions only where speech, vibration and wake lock do not exist', async () => {
    const { context, page, errors } = await openSession('reduce', removeApis);
    expect(await page.evaluate(() => 'speechSynthesis' in window || 'wakeLock' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Spoken cues' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(3000 + plan.steps[0]!.durationSeconds * 1000);
    await caption(page).getByText(`Release · Next: ${titles[1]}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: /getting worse/ }).click();
    await expectHeading(page, 'Stop the massage now');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks the pain before only when the questionnaire did not rate it, and lets a carried rating change', async () => {
    const context = await openPhone('reduce', installFakes);
    const page = await context.newPage();
    await page.goto(`/session?s=${encodeURIComponent(JSON.stringify({ region: 'calf' }))}`);
    await expectHeading(page, 'Guided massage');
    await page.getByRole('group', { name: 'How strong is the pain before you start?' }).waitFor();
    await page.goto(sessionUrl);
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('4 out of 10').check();
    expect(await page.getByLabel('6 out of 10').isChecked()).toBe(false);
    await context.close();
  });
});
