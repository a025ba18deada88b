import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Build the web app once per run (the server serves dist/web), and prepare the screenshot folder. */
export default function setup(): void {
  if (process.env.KNEAD_E2E_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  mkdirSync(`${root}/e2e/screenshots`, { recursive: true });
}
