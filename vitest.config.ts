import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Spawned `knead` runs the compiled CLI (decision 0019); launcher.test.ts also runs the tsx path.
    env: { KNEAD_CLI: 'compiled' },
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
