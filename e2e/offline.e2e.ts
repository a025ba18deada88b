import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { answerCalfCramp, expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

describe('offline', () => {
  it('assesses, plans and queues the journal write while offline, then syncs once', async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    await page.goto('/');
    // Wait until the service worker controls the page and has cached the app shell.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });

    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'Should you massage this spasm?');
    await page.getByText('You are offline').waitFor();
    await answerCalfCramp(page);
    await saveScreenshot(page, 'offline-verdict', 'phone');
    await page.getByRole('link', { name: /Start guided massage/ }).click();
    await expectHeading(page, 'Guided massage');
    await page.goBack();
    await page.getByRole('button', { name: 'Save to journal' }).click();
    await page.getByText('Saved on this device').waitFor();

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction(
      () => (JSON.parse(localStorage.getItem('knead.outbox') ?? '[]') as unknown[]).length === 0,
    );
    const response = await fetch(`${harness.server.url}/api/v1/episodes`);
    const body = (await response.json()) as { items: { region: string }[] };
    expect(body.items.filter((item) => item.region === 'calf')).toHaveLength(1);
    await context.close();
  });
});
