import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext } from './support/browser';
import { expectHeading, pickRegion } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

/** Every visible button, link and checkbox row is at least 44×44 CSS px. */
async function findSmallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main a, label.choice')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('link-button'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map((el) => el.textContent?.trim() ?? el.tagName),
  );
}

describe('the questionnaire on a phone', () => {
  it('asks what it feels like in one tap, then the neck red flags (fever, headache) first', async () => {
    const context = await openContext(harness.browser, 'phone-390', harness.server.url);
    const page = await context.newPage();
    await page.goto('/assess?fresh=1');
    await expectHeading(page, 'Where is the spasm?');
    await pickRegion(page, 'Neck');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'What does it feel like?');
    expect(await findSmallTargets(page)).toEqual([]);
    await page.screenshot({ path: `${docs}screenshot-presentation-phone.png` });
    await page.getByRole('button', { name: /A tight, sore knot or stiffness that lingers/ }).click();
    await expectHeading(page, 'First, any of these right now?');
    expect(await page.getByLabel('You have a fever, or feel hot and shivery').isVisible()).toBe(true);
    expect(await page.getByLabel(/severe headache/).isVisible()).toBe(true);
    expect(await page.getByLabel('Cancer, now or in the past').count()).toBe(1);
    expect(await findSmallTargets(page)).toEqual([]);
    await page.screenshot({ path: `${docs}screenshot-neck-red-flags-phone.png` });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'How long, and how strong?');
    expect(await page.getByLabel('About a day').count()).toBe(1);
    await context.close();
  });
});
