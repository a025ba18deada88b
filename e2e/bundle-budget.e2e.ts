import { describe, expect, it } from 'vitest';
import { setupServerAndBrowser } from './support/harness';
import { measureLoadedJs, SHARED_VERDICT_PATH } from './support/loaded-js';

const harness = setupServerAndBrowser();
const BUDGET_BYTES = 120 * 1024;

// Bytes, not time: what a phone on a poor connection must download before the page works (DESIGN.md: ≤ 120 KB).
describe('first-visit JavaScript budget', () => {
  it('keeps the home page within 120 KB gzipped', async () => {
    const loaded = await measureLoadedJs(harness.browser, `${harness.server.url}/`);
    expect(loaded.files.length).toBeGreaterThan(0);
    expect(loaded.totalBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('keeps a shared verdict link (engine included, journal left for a tap) within 120 KB gzipped', async () => {
    const loaded = await measureLoadedJs(harness.browser, `${harness.server.url}${SHARED_VERDICT_PATH}`);
    expect(loaded.files.some((file) => file.name.includes('VerdictPage'))).toBe(true);
    expect(loaded.files.some((file) => file.name.includes('journal-api'))).toBe(false);
    expect(loaded.totalBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
