import { describe, expect, it } from 'vitest';
import { openContext } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

async function storedEpisodes(): Promise<{ durationMinutes?: number; startedAt: string }[]> {
  const response = await fetch(`${harness.server.url}/api/v1/episodes`);
  return ((await response.json()) as { items: { durationMinutes?: number; startedAt: string }[] }).items;
}

describe('journal form', () => {
  it('names a negative duration and a future start next to their fields, and saves nothing until fixed', async () => {
    const context = await openContext(harness.browser, 'phone', harness.server.url);
    const page = await context.newPage();
    await page.goto('/journal/new');
    await expectHeading(page, 'Add a journal entry');
    const duration = page.getByLabel('How long did it last? (minutes)');
    await duration.fill('-4');
    await page.getByRole('button', { name: 'Save entry' }).click();
    const durationError = page.locator('#duration-error');
    await expect.poll(() => durationError.textContent()).toBe('Duration (minutes): must be at least 0 (got -4)');
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    expect(await duration.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('Duration (minutes): must be at least 0 (got -4)');

    await duration.fill('4');
    await expect.poll(() => durationError.textContent()).toBe('');
    await page.getByLabel('When did it start?').fill('2031-03-01T08:00');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect
      .poll(() => page.locator('#started-at-error').textContent())
      .toMatch(/^Start time: must not be in the future/);
    await expectHeading(page, 'Add a journal entry');
    expect(await storedEpisodes()).toEqual([]);

    // Last year's entry saves, and the journal shows its year.
    const lastYear = new Date().getFullYear() - 1;
    await page.getByLabel('When did it start?').fill(`${lastYear}-06-15T08:00`);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(page, 'Journal');
    await page
      .locator('.episode')
      .filter({ hasText: String(lastYear) })
      .waitFor();
    const [saved] = await storedEpisodes();
    expect(saved?.durationMinutes).toBe(4);
    expect(saved?.startedAt.slice(0, 4)).toBe(String(lastYear));
    await context.close();
  });
});
