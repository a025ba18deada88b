import { randomUUID } from 'node:crypto';
import { launchChromium, openContext } from './support/browser.ts';
import { startKneadServer } from './support/server.ts';

const server = await startKneadServer();
try {
  const regions = ['calf', 'calf', 'calf', 'thigh-back', 'foot', 'neck'];
  const now = Date.now();
  for (let i = 0; i < 45; i++) {
    const day = Math.floor(i * 1.6);
    const startedAt = new Date(now - day * 86400000 - (i % 5) * 3600000).toISOString();
    const episode = {
      id: randomUUID(),
      startedAt,
      region: regions[i % regions.length],
      durationMinutes: 1 + (i % 7),
      intensity: 3 + (i % 6),
      context: i % 3 === 0 ? ['exercise', 'dehydration'] : ['night'],
      signs: [],
      actions: i % 2 ? ['stretch', 'effleurage'] : ['stretch'],
      painBefore: 6 + (i % 3),
      painAfter: 2 + (i % 3),
    };
    const r = await fetch(`${server.url}/api/v1/episodes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(episode),
    });
    if (!r.ok) console.log('episode', r.status, await r.text());
  }
  for (let d = 0; d < 70; d++) {
    const date = new Date(now - d * 86400000).toISOString().slice(0, 10);
    const checkin = {
      id: randomUUID(),
      date,
      fluidsLitres: d % 3 === 0 ? 1 : 2.2,
      exerciseMinutes: d % 2 ? 30 : 0,
      sleepHours: d % 4 === 0 ? 5 : 7.5,
      stress: d % 5,
    };
    const r = await fetch(`${server.url}/api/v1/checkins`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(checkin),
    });
    if (!r.ok) console.log('checkin', r.status, await r.text());
  }
  const browser = await launchChromium();
  for (const vp of ['phone', 'desktop'] as const) {
    const context = await openContext(browser, vp, server.url);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    for (const path of ['/insights', '/journal']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const name = path.slice(1);
      await page.screenshot({ path: `e2e/screenshots/seeded-${name}-${vp}.png`, fullPage: path === '/insights' });
    }
    const s = encodeURIComponent(JSON.stringify({ region: 'calf', ongoing: true, durationMinutes: 3, intensity: 6 }));
    await page.goto(`/session?s=${s}`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForTimeout(3500);
    await page.screenshot({ path: `e2e/screenshots/seeded-session-${vp}.png` });
    await page.getByRole('button', { name: 'Skip step' }).click();
    await page.getByRole('button', { name: 'Skip step' }).click();
    await page.waitForTimeout(3500);
    await page.screenshot({ path: `e2e/screenshots/seeded-session2-${vp}.png` });
    await context.close();
  }
  await browser.close();
} finally {
  await server.stop();
}
