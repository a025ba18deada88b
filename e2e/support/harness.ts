import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { type RunningServer, startKneadServer } from './server';

export interface Harness {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** Starts the real `knead serve` and Chromium before a test file's tests, and stops both after them. */
export function setupServerAndBrowser(options: { mode?: 'local' | 'server' } = {}): Harness {
  const harness = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    harness.server = await startKneadServer(options);
    harness.browser = await launchChromium();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.stop();
  });
  return harness;
}
