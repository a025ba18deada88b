// POST /api/v1/assessments throughput as a ratio to a trivial route (GET /healthz) of the same server, same run.
// Target ratio ≥ 0.7. The bodies rotate through 500 distinct situations (the vignettes plus random ones); the
// run is repeated with the response cache off to show the uncached cost too.
// Run: node --import tsx bench/api.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { arbitrarySituation } from '../src/core/assess/arbitrary-situation.test-support';
import { VIGNETTES } from '../src/core/assess/vignettes';
import { fmt, load, spawnServer } from './_server';

const situations = [...VIGNETTES.map((v) => v.situation), ...fc.sample(arbitrarySituation, { numRuns: 500, seed: 1 })]
  .slice(0, 500)
  .map((s) => JSON.stringify(s));

/** Both routes are asked as a browser asks: accepting compressed answers. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

async function measure(cacheSize: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'knead-bench-api-'));
  const server = await spawnServer(['--data-dir', dir], { KNEAD_ASSESSMENT_CACHE: String(cacheSize) });
  try {
    // A static request list: autocannon builds each request once and cycles through them, so the client
    // spends no per-request JavaScript that the trivial route would not also spend.
    const requests = situations.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', ...BROWSER_HEADERS },
      body,
    }));
    const assessments = (duration: number) => load({ url: `${server.url}/api/v1/assessments`, duration, requests });
    await load({ url: `${server.url}/healthz`, headers: BROWSER_HEADERS, duration: 2 }); // warm the JIT
    await assessments(2);
    // Interleave short rounds so a change in machine load hits both routes alike.
    let trivialOk = 0;
    let assessOk = 0;
    let seconds = 0;
    for (let round = 0; round < 4; round++) {
      trivialOk += (await load({ url: `${server.url}/healthz`, headers: BROWSER_HEADERS, duration: 3 })).ok;
      assessOk += (await assessments(3)).ok;
      seconds += 3;
    }
    const trivial = { requestsPerSecond: trivialOk / seconds };
    const assess = { requestsPerSecond: assessOk / seconds };
    const ratio = assess.requestsPerSecond / trivial.requestsPerSecond;
    const label = cacheSize > 0 ? `cache ${cacheSize}` : 'no cache';
    console.log(`[${label}] GET /healthz (trivial)       ${fmt(trivial.requestsPerSecond).padStart(8)} req/s`);
    console.log(`[${label}] POST /api/v1/assessments     ${fmt(assess.requestsPerSecond).padStart(8)} req/s`);
    console.log(`[${label}] ratio                        ${ratio.toFixed(2)}`);
    return ratio;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node ${process.version}, ${new Date().toISOString()}, ${situations.length} distinct situations`);
const cached = await measure(2_000);
await measure(0);
console.log(cached >= 0.7 ? 'PASS (default configuration, ratio ≥ 0.70)' : 'FAIL: ratio below 0.70');
