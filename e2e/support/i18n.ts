import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { E2E_TIMEOUT_MS, VIEWPORTS } from './browser';

/** A phone (390 px) whose browser prefers `locale`, as a person's phone set to Spanish or German would. */
export async function openLocalised(browser: Browser, baseURL: string, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ...VIEWPORTS['phone-390'], baseURL, reducedMotion: 'reduce', locale });
  context.setDefaultTimeout(E2E_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(E2E_TIMEOUT_MS);
  return context;
}

/** `<html lang>` becomes `lang` (it is set before the first render and on every switch). */
export async function expectLang(page: Page, lang: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Elements wider than their box: the page itself, and any button or button-like link. */
export async function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) wide.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('button, a.button, .tile, .choice, legend, h1, h2')) {
      // Hidden, or visually hidden for screen readers only (1 px by design).
      if (element.offsetParent === null || element.closest('.visually-hidden')) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        wide.push(
          `${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 40)}" ${element.scrollWidth} > ${element.clientWidth}`,
        );
      }
      const box = element.getBoundingClientRect();
      if (box.right > root.clientWidth + 1)
        wide.push(
          `${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 40)}" ends at ${Math.round(box.right)}`,
        );
    }
    return wide;
  });
}
