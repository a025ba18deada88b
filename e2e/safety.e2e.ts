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
    await page.getByLabel('Emergency number').fill('000');
    await page.getByRole('button', { name: 'Save number' }).click();
    await page.getByText('Emergency number 000 saved.').waitFor();

    await page.goto('/');
    await reachCalfCrampRedFlags(page);
    await choose(page, 'You have pain, tightness or pressure in your chest');
    await clickContinue(page);
    // The remaining questions cannot change an ambulance verdict, so they are skipped.
    await expectHeading(page, 'Call an ambulance now');
    const call = page.getByRole('link', { name: 'Call emergency services: 000' });
    expect(await call.getAttribute('href')).toBe('tel:000');
    expect(await page.getByText('Call 000 for an ambulance.').isVisible()).toBe(true);
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
    // One heading, said once; a short red banner with the care level and the number; details in plain text.
    expect(await page.getByText(/stop the massage now/i).count()).toBe(1);
    const banner = page.locator('.care-banner');
    expect(await banner.getByText('Book a doctor appointment', { exact: true }).isVisible()).toBe(true);
    expect((await banner.boundingBox())?.height ?? 999).toBeLessThan(420);
    expect(await banner.getByRole('listitem').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'When to get help' }).isVisible()).toBe(true);
    expect(await page.getByText('seek medical advice', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Call emergency services/ }).isVisible()).toBe(true);
    await saveScreenshot(page, 'session-worse', 'phone');
    await context.close();
  });
});
