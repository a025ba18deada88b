// Web first-load size (home, a shared verdict link, learn) and Lighthouse (mobile) scores for the home and verdict pages.
// Run: npm run bench -- web     (builds dist/web, starts the real server, uses Debian's /usr/bin/chromium)
// Targets (DESIGN.md): first-page JS ≤ 120 KB gzipped; performance ≥ 95; accessibility 100.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../e2e/support/browser';
import { measureLoadedJs, SHARED_VERDICT_PATH } from '../e2e/support/loaded-js';
import { startKneadServer } from '../e2e/support/server';

const root = fileURLToPath(new URL('..', import.meta.url));

async function runLighthouse(
  url: string,
): Promise<{ performance: number; accessibility: number; lcpMs: number; tbtMs: number }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    };
  } finally {
    chrome.kill();
  }
}

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  env: { ...process.env, NODE_ENV: 'production' },
});
const server = await startKneadServer();
let failed = false;
try {
  // What a first visit really loads, lazy chunks included: the home page, a shared verdict link, a topic page.
  const browser = await launchChromium();
  try {
    const visits = { home: '/', 'shared verdict link': SHARED_VERDICT_PATH, learn: '/learn' };
    console.log('JS a first visit loads (gzip -9, lazy chunks included):');
    for (const [name, path] of Object.entries(visits)) {
      const loaded = await measureLoadedJs(browser, `${server.url}${path}`);
      const budgeted = name !== 'learn';
      const over = loaded.totalBytes > 120 * 1024;
      if (budgeted) failed ||= over;
      for (const file of loaded.files) console.log(`    ${file.name}  ${(file.gzipBytes / 1024).toFixed(1)} KB`);
      console.log(
        `  ${name}: ${(loaded.totalBytes / 1024).toFixed(1)} KB in ${loaded.files.length} files ${budgeted ? (over ? 'OVER 120 KB' : 'OK (≤ 120 KB)') : '(not budgeted)'}`,
      );
    }
  } finally {
    await browser.close();
  }
  const pages = { home: '/', verdict: SHARED_VERDICT_PATH };
  for (const [name, path] of Object.entries(pages)) {
    // Lighthouse varies from run to run; the median of three is what its docs recommend reporting.
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await runLighthouse(`${server.url}${path}`));
    runs.sort((a, b) => a.performance - b.performance);
    const scores = runs[1] ?? runs[0]!;
    const ok = scores.performance >= 95 && scores.accessibility === 100;
    failed ||= !ok;
    console.log(
      `Lighthouse mobile ${name} (median of 3): performance ${scores.performance} (≥ 95), accessibility ${scores.accessibility} (100), LCP ${scores.lcpMs} ms, TBT ${scores.tbtMs} ms ${ok ? 'OK' : 'BELOW TARGET'}`,
    );
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
