import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { choose, clickContinue, expectHeading, reachCalfCrampRedFlags } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

describe('safety paths', () => {
  it('chest pain goes straight to the ambulance banner with the configured number', async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel('Emergency number').fill('911');
    await page.getByRole('button', { name: 'Save number' }).click();
    await page.getByText('Emergency number saved.').waitFor();

    await page.goto('/');
    await reachCalfCrampRedFlags(page);
    await choose(page, 'You have pain, tightness or pressure in your chest');
    await clickContinue(page);
    // The remaining questions cannot change an ambulance verdict, so they are skipped.
    await expectHeading(page, 'Call an ambulance now');
    const call = page.getByRole('link', { name: 'Call emergency services: 911' });
    expect(await call.getAttribute('href')).toBe('tel:911');
    // The banner is the first thing in the page, above the fold on a phone.
    const box = await page.locator('.care-banner').boundingBox();
    expect(box?.y ?? 999).toBeLessThan(200);
    expect(await page.getByRole('heading', { name: 'Do not massage' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Start guided massage/ }).count()).toBe(0);
    await saveScreenshot(page, 'emergency-verdict', 'phone');
    await context.close();
  });

  it('"It\'s getting worse" stops the session and shows what to do', async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    const situation = encodeURIComponent(
      JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 2, intensity: 5 }),
    );
    await page.goto(`/session?s=${situation}`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: /getting worse/ }).click();
    await expectHeading(page, 'Stop the massage now');
    expect(await page.getByText('seek medical advice', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Call emergency services/ }).isVisible()).toBe(true);
    await saveScreenshot(page, 'session-worse', 'phone');
    await context.close();
  });
});
