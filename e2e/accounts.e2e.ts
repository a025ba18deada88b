import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';
import { savedCopyRegions } from './support/journal-copy';

const harness = setupServerAndBrowser({ mode: 'server' });

describe('accounts mode', () => {
  it('asks to sign in, signs up, writes the journal with the CSRF header, and signs out', async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    await page.goto('/journal');
    await page.getByText('to see your journal').waitFor();
    const signIn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' });
    await signIn.click();
    await expectHeading(page, 'Sign in');
    await saveScreenshot(page, 'accounts-signin', 'phone');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectHeading(page, 'Create an account');
    await page.getByLabel('Email').fill('pat@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(page, 'Journal');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).count()).toBe(0);

    // A cookie-authenticated write: only succeeds if the app sends x-csrf-token.
    await page.getByRole('link', { name: 'Add an entry' }).click();
    await page.getByLabel('Where?').selectOption('calf');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    await page.locator('.episode').filter({ hasText: 'Calf' }).waitFor();
    const stored = (await (await page.request.get('/api/v1/episodes')).json()) as { items: { region: string }[] };
    expect(stored.items.map((item) => item.region)).toEqual(['calf']);
    await expect.poll(() => savedCopyRegions(page)).toEqual(['calf']);

    await page.goto('/signin');
    await expectHeading(page, 'Signed in');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in');
    // The journal copy of the account that signed out does not stay on the device.
    await expect.poll(() => savedCopyRegions(page)).toEqual([]);
    await context.close();
  });
});
