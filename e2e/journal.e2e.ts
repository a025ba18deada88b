import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

async function countEpisodes(): Promise<number> {
  const response = await fetch(`${harness.server.url}/api/v1/episodes`);
  return ((await response.json()) as { items: unknown[] }).items.length;
}

describe('journal', () => {
  it('adds, edits, deletes with undo, shows the calendar, saves a check-in and exports reminders', async () => {
    const context = await openContext(harness.browser, 'desktop', harness.server.url);
    const page = await context.newPage();
    await page.goto('/journal/new');
    await expectHeading(page, 'Add a journal entry');
    await page.getByLabel('Where?').selectOption('neck');
    await page.getByLabel('How long did it last? (minutes)').fill('4');
    await page.getByRole('group', { name: 'How strong was it?' }).getByLabel('5 out of 10').check();
    await page.getByLabel('Stretched').check();
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    await page.locator('.episode').filter({ hasText: 'Neck' }).waitFor();
    expect(await countEpisodes()).toBe(1);

    await page.getByRole('link', { name: /^Edit entry/ }).click();
    await expectHeading(page, 'Edit journal entry');
    await page.getByLabel('Notes').fill('After a long drive');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    const stored = (await (await fetch(`${harness.server.url}/api/v1/episodes`)).json()) as {
      items: { notes?: string }[];
    };
    expect(stored.items[0]?.notes).toBe('After a long drive');

    await page.getByRole('button', { name: 'Calendar' }).click();
    const today = page.locator('.calendar button.has-episodes');
    expect(await today.count()).toBe(1);
    await saveScreenshot(page, 'journal-with-entry', 'desktop');

    await page.getByRole('button', { name: /^Delete entry/ }).click();
    await page.getByText('Entry deleted.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.episode').filter({ hasText: 'Neck' }).waitFor();
    expect(await countEpisodes()).toBe(1);
    await page.getByRole('button', { name: /^Delete entry/ }).click();
    // Leaving the page commits the pending delete at once.
    await page.getByRole('link', { name: 'Daily check-in' }).click();
    await expectHeading(page, 'Daily check-in');
    await expect.poll(countEpisodes).toBe(0);

    await page.getByLabel('Fluids drunk (litres)').fill('1.2');
    await page.getByLabel('Sleep (hours)').fill('6.5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in saved.').waitFor();
    const checkins = (await (await fetch(`${harness.server.url}/api/v1/checkins`)).json()) as {
      items: { fluidsLitres?: number }[];
    };
    expect(checkins.items[0]?.fluidsLitres).toBe(1.2);

    const situation = encodeURIComponent(JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 2 }));
    await page.goto(`/verdict?s=${situation}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add reminders to calendar' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('knead-schedule.ics');
    await context.close();
  });
});
