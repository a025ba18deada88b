import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORTS = {
  phone: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  /** A current large phone (390×844 CSS px): the size of the docs' phone screenshots, and where tap targets are measured. */
  'phone-390': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * How long any wait (a locator, a navigation) may take before it fails. Generous, because the suite runs on
 * loaded two-core machines; tests wait on conditions, so a pass never waits this long. KNEAD_E2E_TIMEOUT_MS overrides.
 */
export const E2E_TIMEOUT_MS = Number(process.env.KNEAD_E2E_TIMEOUT_MS) || 60_000;

/** A fresh context (axe needs browser.newContext()) for a viewport, with the suite's default timeout for every wait. */
export async function openContext(browser: Browser, viewport: ViewportName, baseURL: string): Promise<BrowserContext> {
  // The suite's English is the source language, en-GB (decision 0033): the browser asks for it, as it asks for
  // es-ES or de-DE in e2e/i18n.e2e.ts. Without it Chromium asks for en-US, which has its own catalogs.
  const context = await browser.newContext({
    ...VIEWPORTS[viewport],
    baseURL,
    reducedMotion: 'reduce',
    locale: 'en-GB',
  });
  context.setDefaultTimeout(E2E_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(E2E_TIMEOUT_MS);
  return context;
}

/** Save a full-page screenshot as e2e/screenshots/<name>-<viewport>.png. */
export async function saveScreenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await page.screenshot({ path: `${screenshots}${name}-${viewport}.png`, fullPage: true });
}

/** axe-core WCAG 2.x A/AA violations on the current page (empty = pass). */
export async function findAxeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
