import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openContext, VIEWPORTS } from './support/browser';
import { choose, clickContinue, expectHeading, reachCalfCrampRedFlags } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
/** Issue 11: at most 5 taps from "I have a spasm now" to the first relief instruction. */
const MAX_TAPS = 5;

describe('relief first, on a 390×844 phone', () => {
  it('shows the calf stretch within 5 taps of "I have a spasm now" when no red flag is ticked', async () => {
    const context = await openContext(harness.browser, 'phone-390', harness.server.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let taps = 0;
    const tap = async (target: Locator) => {
      taps++;
      await target.click();
    };
    await page.goto('/');

    const started = performance.now();
    await tap(page.getByRole('link', { name: 'I have a spasm now' }));
    await expectHeading(page, 'Where is the spasm?');
    await tap(
      page.getByRole('button', { name: 'Calf (back of lower leg)', exact: true }).locator('rect, ellipse').first(),
    );
    await tap(page.getByRole('button', { name: 'Continue' }));
    await tap(page.getByRole('button', { name: /A sudden hard cramp/ }));
    await expectHeading(page, 'First, any of these right now?');
    await tap(page.getByRole('button', { name: 'Continue' }));
    const instruction = page.getByText(/^Calf stretch: .*pull your toes up toward you/);
    await instruction.waitFor({ state: 'visible' });
    const seconds = (performance.now() - started) / 1000;

    console.log(`relief-first: ${taps} taps, ${seconds.toFixed(2)} s from "I have a spasm now" to the calf stretch`);
    expect(taps).toBeLessThanOrEqual(MAX_TAPS);
    await expectHeading(page, 'Stretch it now');
    expect(await instruction.textContent()).toMatch(/Hold 15–30 seconds, release, and repeat 3 times\./);
    expect(await page.getByText(/Source: .*Muscle Spasm Massage Techniques.*; NHS: Leg cramps/).isVisible()).toBe(true);
    // The instruction is above the fold: no scrolling with one hand on the calf.
    const box = await instruction.boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 999)).toBeLessThan(VIEWPORTS['phone-390'].viewport.height);
    expect(await page.getByRole('heading', { name: 'Do not stretch if any of these is true' }).isVisible()).toBe(true);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${docs}screenshot-relief-first-phone.png` });

    // The remaining questions waited: they go on from where they were, and the plan also starts with the stretch.
    await page.getByRole('button', { name: 'Continue with the questions' }).click();
    await expectHeading(page, 'How long, and how strong?');
    expect(await page.getByLabel('Yes, right now').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Skip the rest and see my verdict' }).click();
    await expectHeading(page, 'Your massage plan');
    expect(await page.locator('.plan-steps li').first().textContent()).toMatch(/^Stretch the muscle/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no stretch when a red flag is ticked: the questions go on', async () => {
    const context = await openContext(harness.browser, 'phone-390', harness.server.url);
    const page = await context.newPage();
    await page.goto('/');
    await reachCalfCrampRedFlags(page);
    await choose(page, 'After a fall, knock, strain or other injury');
    await clickContinue(page);
    await expectHeading(page, 'How long, and how strong?');
    expect(await page.getByRole('heading', { name: 'Stretch it now' }).count()).toBe(0);
    // Typing the relief address by hand does not open the gate either.
    await page.goto('/assess?step=relief');
    await expectHeading(page, 'First, any of these right now?');
    expect(await page.getByText(/Calf stretch:/).count()).toBe(0);
    await context.close();
  });
});
