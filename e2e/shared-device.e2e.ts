import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser({ mode: 'server' });
const PASSWORD = 'correct horse battery';

/** Regions in the signed-in account's journal, as the server stores them. */
async function storedRegions(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/v1/episodes');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { region: string }[] }).items.map((item) => item.region);
}

/** Sign-up answers 202 either way (it never tells whether the email exists); then sign in. */
async function signUpAndIn(page: Page, email: string): Promise<void> {
  const data = { email, password: PASSWORD };
  expect((await page.request.post('/api/v1/auth/signup', { data })).status()).toBe(202);
  expect((await page.request.post('/api/v1/auth/signin', { data })).status()).toBe(200);
}

const queuedWrites = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('knead.outbox') ?? '[]') as unknown[]).length);

describe('one device, two accounts', () => {
  it("keeps an entry saved offline in its own account's journal, never the next person's", async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    // Alice signs up (the API call shares the browser's cookies) and opens her journal.
    await signUpAndIn(page, 'alice@example.org');
    await page.goto('/journal');
    await expectHeading(page, 'Journal');

    // Offline, she records a calf cramp: it waits on the device.
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Add an entry' }).click();
    await page.getByLabel('Where?').selectOption('calf');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    expect(await queuedWrites(page)).toBe(1);

    // Bob takes the device: Alice's session is gone, Bob signs up, the network is back.
    await context.clearCookies();
    await signUpAndIn(page, 'bob@example.org');
    await context.setOffline(false);
    await page.goto('/journal');
    await expectHeading(page, 'Journal');
    await page.getByText('from another account').waitFor();
    await saveScreenshot(page, 'shared-device-other-account-waiting', 'phone');
    expect(await page.locator('.episode').count()).toBe(0);
    expect(await storedRegions(page)).toEqual([]);
    expect(await queuedWrites(page)).toBe(1);

    // Alice signs in again: her entry goes to her journal, once.
    await context.clearCookies();
    const back = await page.request.post('/api/v1/auth/signin', {
      data: { email: 'alice@example.org', password: PASSWORD },
    });
    expect(back.status()).toBe(200);
    await page.goto('/journal');
    await page.waitForFunction(
      () => (JSON.parse(localStorage.getItem('knead.outbox') ?? '[]') as unknown[]).length === 0,
    );
    expect(await storedRegions(page)).toEqual(['calf']);
    await context.close();
  });
});
