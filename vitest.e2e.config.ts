import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian Chromium via playwright-core against the real server, one file at a time. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
