import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';
import { savedCopyRegions } from './support/journal-copy';

const harness = setupServerAndBrowser();

/** Watches every DOM change from the first byte of each page load and remembers any "looks wiped" text. */
const WATCH_FOR_WIPED_JOURNAL = `
  (() => {
    const bad = /No entries yet|Could not load/;
    const seen = JSON.parse(sessionStorage.getItem('wiped-texts') ?? '[]');
    const check = () => {
      const text = document.body?.textContent ?? '';
      const match = text.match(bad);
      if (match && !seen.includes(match[0])) {
        seen.push(match[0]);
        sessionStorage.setItem('wiped-texts', JSON.stringify(seen));
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  })();
`;

const wipedTexts = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('wiped-texts') ?? '[]') as string[]);

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

describe('journal offline', () => {
  it('shows the saved copy offline, keeps it through reconnecting, and never looks wiped', async () => {
    const earlier = {
      id: '01900000-0000-7000-8000-00000000e001',
      startedAt: '2026-01-10T07:30:00Z',
      region: 'neck',
      intensity: 4,
    };
    const created = await fetch(`${harness.server.url}/api/v1/episodes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(earlier),
    });
    expect(created.status).toBe(201);

    const context = await openContext(harness.browser, 'phone', harness.server.url);
    await context.addInitScript(WATCH_FOR_WIPED_JOURNAL);
    const page = await context.newPage();
    await page.goto('/journal');
    await waitForServiceWorker(page);
    const neck = page.locator('.episode').filter({ hasText: 'Neck' });
    await neck.waitFor();
    await expect.poll(() => savedCopyRegions(page)).toEqual(['neck']);

    // Offline, a fresh load shows the earlier entry from the copy on this device.
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'Journal');
    await neck.waitFor();
    await page.getByText('Showing the copy saved on this device').waitFor();

    // Add one offline: it shows as pending beside the earlier one.
    await page.getByRole('link', { name: 'Add an entry' }).click();
    await expectHeading(page, 'Add a journal entry');
    await page.getByLabel('Where?').selectOption('calf');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    const calf = page.locator('.episode').filter({ hasText: 'Calf' });
    await calf.getByText('Waiting to sync').waitFor();
    await neck.waitFor();
    await saveScreenshot(page, 'journal-offline-copy', 'phone');

    // Back online: the entry syncs, both stay listed, and the page recovers without navigating.
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction(
      () => (JSON.parse(localStorage.getItem('knead.outbox') ?? '[]') as unknown[]).length === 0,
    );
    await expect.poll(() => calf.getByText('Waiting to sync').count()).toBe(0);
    await page.getByText('Showing the copy saved on this device').waitFor({ state: 'detached' });
    expect(await neck.count()).toBe(1);
    expect(await calf.count()).toBe(1);
    await expect.poll(async () => (await savedCopyRegions(page)).sort()).toEqual(['calf', 'neck']);

    // Offline again, a reload still shows both.
    await context.setOffline(true);
    await page.reload();
    await calf.waitFor();
    await neck.waitFor();
    expect(await wipedTexts(page)).toEqual([]);

    // Editing offline opens the entry from the device's copy; the change waits, then reaches the server.
    await neck.getByRole('link', { name: /^Edit entry/ }).click();
    await expectHeading(page, 'Edit journal entry');
    await page.getByText('You are offline: this is the copy saved on this device.', { exact: false }).waitFor();
    await page.getByLabel('Notes').fill('Edited on the train');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    await neck.getByText('Waiting to sync').waitFor();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => {
        const stored = await fetch(`${harness.server.url}/api/v1/episodes/${earlier.id}`);
        return ((await stored.json()) as { notes?: string }).notes;
      })
      .toBe('Edited on the train');
    await context.close();
  });
});
