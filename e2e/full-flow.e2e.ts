import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot, type ViewportName } from './support/browser';
import { answerCalfCramp, expectHeading, skipToEnd } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();

describe.each(['phone', 'desktop'] as ViewportName[])('full flow on %s', (viewport) => {
  it('goes from the body map to a verdict, a completed session, the journal entry and insights', async () => {
    const context = await openContext(harness.browser, viewport, harness.server.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    await saveScreenshot(page, 'flow-home', viewport);
    await answerCalfCramp(page);
    await saveScreenshot(page, 'flow-verdict', viewport);

    await page.getByRole('link', { name: /Start guided massage/ }).click();
    await expectHeading(page, 'Guided massage');
    // The questionnaire's rating (6) is the pain before: shown, not asked again.
    await page.getByText('Pain before: 6 / 10, from your answers.').waitFor();
    expect(await page.getByRole('group', { name: /pain before you start/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Get ready').first().waitFor();
    await saveScreenshot(page, 'flow-session-running', viewport);
    expect(await page.locator('svg.technique-art').count()).toBe(1);
    await skipToEnd(page);
    await expectHeading(page, 'Session complete');
    await page.getByLabel('3 out of 10').check();
    await page.getByRole('button', { name: 'Save to journal' }).click();
    await page.getByText('Saved to your journal.').waitFor();
    await saveScreenshot(page, 'flow-session-saved', viewport);

    await page.getByRole('link', { name: 'Open the journal' }).click();
    await expectHeading(page, 'Journal');
    const entry = page.locator('.episode').filter({ hasText: 'Calf' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('6 → 3');
    await saveScreenshot(page, 'flow-journal', viewport);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await expectHeading(page, 'Insights');
    await page.getByTestId('insights-loaded').waitFor();
    await saveScreenshot(page, 'flow-insights', viewport);
    expect(errors).toEqual([]);
    await context.close();
  });
});
