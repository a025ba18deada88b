import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

/** Press Tab until the focused element's accessible name (label, aria-label or text) matches. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return (
        element.getAttribute('aria-label') ??
        label ??
        element.closest('label')?.textContent ??
        element.textContent ??
        ''
      );
    });
    if (typeof name === 'string' ? focused.trim() === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach ${name} with the Tab key`);
}

describe('keyboard only', () => {
  it('completes the questionnaire without a pointer and shows a visible focus ring', async () => {
    const context = await openContext(harness.browser, 'desktop', harness.server.url);
    const page = await context.newPage();
    await page.goto('/');
    await tabTo(page, 'I have a spasm now');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Where is the spasm?');

    await tabTo(page, 'Front of the thigh (quadriceps)');
    const outline = await page.evaluate(() => {
      const shape = document.activeElement?.querySelector('.region-shape');
      return shape ? getComputedStyle(shape).strokeWidth : '0';
    });
    expect(Number.parseFloat(outline)).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Enter');
    await page.getByText('Selected: Front of the thigh (quadriceps)').waitFor();
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'What does it feel like?');
    await tabTo(page, /A sudden hard cramp/);
    await page.keyboard.press('Enter');

    await expectHeading(page, 'First, any of these right now?');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Stretch it now');
    await tabTo(page, 'Continue with the questions');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'How long, and how strong?');
    await tabTo(page, 'Yes, right now');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'What was going on?');
    await tabTo(page, 'After a sudden movement');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'What do you notice at the spot?');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'About you');
    await tabTo(page, /How old are you/);
    await page.keyboard.type('30');
    await tabTo(page, 'See my verdict');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'You can look after this yourself');
    const url = new URL(page.url());
    const situation = JSON.parse(url.searchParams.get('s') ?? '{}') as Record<string, unknown>;
    expect(situation).toMatchObject({
      region: 'thigh-front',
      presentation: 'cramp',
      age: 30,
      ongoing: true,
      context: ['sudden-movement'],
    });
    await context.close();
  });
});
