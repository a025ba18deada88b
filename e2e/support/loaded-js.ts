import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

const dist = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface LoadedJs {
  files: { name: string; gzipBytes: number }[];
  totalBytes: number;
}

/**
 * The JS a first visit to `url` really loads (entry, preloads and every lazy chunk the page imports), as gzip bytes
 * of the built files: what a phone downloads, whatever the server's compression settings.
 */
export async function measureLoadedJs(browser: Browser, url: string, locale = 'en-GB'): Promise<LoadedJs> {
  // The browser's language picks the catalogs (decision 0033): the source language unless a test asks for another.
  const context = await browser.newContext({ serviceWorkers: 'block', locale });
  const names = new Set<string>();
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' || path.endsWith('.js')) names.add(path);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const files = [...names]
    .filter((name) => name.startsWith('/assets/'))
    .sort()
    .map((name) => ({ name, gzipBytes: gzipSync(readFileSync(`${dist}${name}`), { level: 9 }).length }));
  return { files, totalBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/** A shared verdict link, as "Share this verdict" makes it (calf cramp happening now). */
export const SHARED_VERDICT_PATH = `/verdict?s=${encodeURIComponent(
  JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 3, intensity: 6 }),
)}`;
