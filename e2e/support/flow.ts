import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Choose a region on the body map by clicking its first shape (a real pointer click). */
export async function pickRegion(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).locator('rect, ellipse').first().click();
}

export async function clickContinue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Tick a checkbox or radio by its visible label. */
export async function choose(page: Page, label: string | RegExp): Promise<void> {
  await page.getByLabel(label).check();
}

/** Wait until the heading with this text is shown (as long as the context's default timeout allows). */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { name }).first().waitFor({ state: 'visible' });
}

/** From the home page ("I have a spasm now") through a calf and "a sudden hard cramp" to the red-flag screen. */
export async function reachCalfCrampRedFlags(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'I have a spasm now' }).click();
  await expectHeading(page, 'Where is the spasm?');
  await pickRegion(page, 'Calf (back of lower leg)');
  await clickContinue(page);
  await expectHeading(page, 'What does it feel like?');
  await page.getByRole('button', { name: /A sudden hard cramp/ }).click();
  await expectHeading(page, 'First, any of these right now?');
}

/** From the home page to a self-care verdict for a calf cramp that is over by the time the questions are asked. */
export async function answerCalfCramp(page: Page): Promise<void> {
  await reachCalfCrampRedFlags(page);
  await clickContinue(page);
  // "I have a spasm now" with no red flag: the stretch first, then the remaining questions.
  await expectHeading(page, 'Stretch it now');
  await page.getByRole('button', { name: 'Continue with the questions' }).click();
  await expectHeading(page, 'How long, and how strong?');
  await choose(page, 'No, it is over');
  await choose(page, '2 to 10 minutes');
  await page.getByLabel('6 out of 10').check();
  await clickContinue(page);
  await expectHeading(page, 'What was going on?');
  await choose(page, 'During or after exercise or sport');
  await clickContinue(page);
  await expectHeading(page, 'What do you notice at the spot?');
  await clickContinue(page);
  await expectHeading(page, 'About you');
  await page.getByLabel(/How old are you/).fill('45');
  await choose(page, 'Now and then');
  // The last question offers one way to the verdict (issue 11), not "Skip the rest" as well.
  expect(await page.getByRole('button', { name: 'Skip the rest and see my verdict' }).count()).toBe(0);
  await page.getByRole('button', { name: 'See my verdict', exact: true }).click();
  await expectHeading(page, 'You can look after this yourself');
  expect(await page.getByRole('heading', { name: 'Massage is fine' }).isVisible()).toBe(true);
}

/** In the session player, skip every step to reach the end. */
export async function skipToEnd(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    const skip = page.getByRole('button', { name: 'Skip step' });
    if ((await skip.count()) === 0) return;
    await skip.click();
  }
}
