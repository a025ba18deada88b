import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContext, saveScreenshot } from './support/browser';
import { expectHeading } from './support/flow';
import { setupServerAndBrowser } from './support/harness';

const harness = setupServerAndBrowser();
const api = (path: string, init?: RequestInit) => fetch(`${harness.server.url}/api/v1${path}`, init);

async function countEpisodes(): Promise<number> {
  return ((await (await api('/episodes')).json()) as { items: unknown[] }).items.length;
}

async function addEpisode(id: string, region: string): Promise<void> {
  const response = await api('/episodes', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, startedAt: '2026-03-10T07:30:00Z', region, intensity: 4 }),
  });
  expect(response.status).toBe(201);
}

describe('everyday controls', () => {
  it('deletes all data only after typing DELETE, then restores it from a JSON backup, twice without duplicates, and imports a CSV', async () => {
    await addEpisode('01900000-0000-7000-8000-00000000c001', 'calf');
    await addEpisode('01900000-0000-7000-8000-00000000c002', 'neck');
    const backup = join(mkdtempSync(join(tmpdir(), 'knead-e2e-')), 'knead-backup.json');
    writeFileSync(backup, await (await api('/export?format=json')).text());

    const context = await openContext(harness.browser, 'phone-390', harness.server.url);
    const page = await context.newPage();
    await page.goto('/settings');
    await expectHeading(page, 'Settings');
    const remove = page.getByRole('button', { name: 'Delete all my data' });
    expect(await remove.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    expect(await remove.isDisabled()).toBe(true);
    expect(await countEpisodes()).toBe(2);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await saveScreenshot(page, 'settings-delete-data', 'phone-390');
    await remove.click();
    await page.getByText(/All your journal data was deleted/).waitFor();
    expect(await countEpisodes()).toBe(0);

    await page.goto('/reports');
    await page.getByLabel('Backup file').setInputFiles(backup);
    await page.getByText(/2 episodes, 0 check-ins, 0 guided sessions — 2 new, 0 already in your journal/).waitFor();
    expect(await countEpisodes()).toBe(2);
    await page.getByLabel('Backup file').setInputFiles(backup);
    await page.getByText(/0 new, 2 already in your journal/).waitFor();
    expect(await countEpisodes()).toBe(2);

    const broken = join(mkdtempSync(join(tmpdir(), 'knead-e2e-')), 'broken.json');
    writeFileSync(broken, '{"format":"knead-backup","episodes":[{"id":"nope"}');
    await page.getByLabel('Backup file').setInputFiles(broken);
    await page.getByText(/^Nothing was restored\./).waitFor();
    expect(await countEpisodes()).toBe(2);

    // A CSV goes through the same client: preview with the problem named, then all or nothing.
    const csv = join(mkdtempSync(join(tmpdir(), 'knead-e2e-')), 'spasms.csv');
    writeFileSync(csv, 'startedAt,region\n2026-03-11T08:00:00Z,calf\n2026-03-12T08:00:00Z,elbow\n');
    await page.getByLabel('CSV file').setInputFiles(csv);
    await page.getByText('1 valid row, 1 problem.').waitFor();
    expect(await page.getByRole('button', { name: 'Import 1 episode' }).isDisabled()).toBe(true);
    // Fixed and picked again under the same name.
    writeFileSync(csv, 'startedAt,region\n2026-03-11T08:00:00Z,calf\n');
    await page.getByLabel('CSV file').setInputFiles(csv);
    await page.getByText('1 valid row.').waitFor();
    await page.getByRole('button', { name: 'Import 1 episode' }).click();
    await page.getByText('Imported 1 episode from spasms.csv.').waitFor();
    expect(await countEpisodes()).toBe(3);
    await context.close();
  });

  it('words care for the chosen country, and grows the text', async () => {
    const context = await openContext(harness.browser, 'phone-390', harness.server.url);
    const page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel(/^United Kingdom/).check();
    await page.goto('/');
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    const backPain = encodeURIComponent(
      JSON.stringify({ region: 'lower-back', ongoing: false, durationMinutes: 60, signs: ['fever'] }),
    );
    await page.goto(`/verdict?s=${backPain}`);
    await page
      .getByText(/NHS 111/)
      .first()
      .waitFor();

    await page.goto('/settings');
    await page.getByLabel(/^United States/).check();
    await page.goto(`/verdict?s=${backPain}`);
    await page
      .getByText(/urgent care/)
      .first()
      .waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/\bGP\b|\b111\b|\b999\b|A&E/);
    await page.goto('/');
    expect(await page.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');

    await page.goto('/settings');
    const rootSize = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const standard = await rootSize();
    await page.getByLabel('Largest').check();
    await expect.poll(rootSize).toBeCloseTo(standard * 1.375, 1);
    await page.reload();
    await expectHeading(page, 'Settings');
    await expect.poll(rootSize).toBeCloseTo(standard * 1.375, 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'settings-largest-text', 'phone-390');
    await context.close();
  });
});
