// POST /api/v1/assessments throughput as a ratio to a trivial route (GET /healthz) of the same server, same run.
// Target ratio ≥ 0.7. The bodies rotate through 500 distinct situations (the vignettes plus random ones); the
// same rounds load a second server with the response cache off, side by side, to show the uncached cost too.
// KNEAD_BENCH_SITUATIONS=5000 rotates through 5,000 distinct bodies in a shuffled order instead: every request
// misses the cache, and the targets are an uncached ratio ≥ 0.5 and a miss costing no more with the cache on
// than off (docs/decisions/0018, 0024). Both servers run side by side, loaded in turn over 9 short rounds, and
// every figure is a median over the rounds: the machine is shared, and a burst of other work must not decide.
//
// The load generator must not be what is measured. On a 2-core machine autocannon spends ~48 µs of its own CPU
// per assessment answer (it decodes every gzip body into a string) against ~20 µs per trivial answer, so it,
// not the server, caps the ratio near 0.55 (docs/decisions/0008). wrk (C) is used when installed
// (`apt-get install -y wrk`), with the server and wrk pinned to separate cores; otherwise autocannon, with a
// warning. Each line also shows the server's own CPU per request and how busy it was, read from /proc.
// Run: node --import tsx bench/api.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { arbitrarySituation } from '../src/core/assess/arbitrary-situation.test-support';
import { VIGNETTES } from '../src/core/assess/vignettes';
import { cpuMicros, fmt, load, type SpawnedServer, spawnServer } from './_server';

/** KNEAD_BENCH_SITUATIONS=5000: that many distinct bodies in random order, so a 2,000-answer cache only misses. */
const distinct = Number(process.env.KNEAD_BENCH_SITUATIONS ?? 500);
const allMisses = distinct > 2_000;

/** Distinct situation bodies (the vignettes first, then random ones), shuffled when measuring misses. */
function buildBodies(count: number): string[] {
  const bodies = new Set(VIGNETTES.map((v) => JSON.stringify(v.situation)));
  for (let seed = 1; bodies.size < count; seed++) {
    for (const s of fc.sample(arbitrarySituation, { numRuns: count, seed })) {
      if (bodies.size < count) bodies.add(JSON.stringify(s));
    }
  }
  const list = [...bodies].slice(0, count);
  if (!allMisses) return list;
  let state = 7; // a seeded Fisher–Yates shuffle: the same order in every run
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as string, list[i] as string];
  }
  return list;
}

const situations = buildBodies(distinct);

/** Both routes are asked as a browser asks: accepting compressed answers. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
const CONNECTIONS = 16;
/** Short rounds, many of them: each figure is a median over the rounds (see report). */
const ROUNDS = 9;
const ROUND_SECONDS = 2;

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const useWrk = process.env.KNEAD_BENCH_CLIENT !== 'autocannon' && onPath('wrk');
const pin = onPath('taskset') && availableParallelism() >= 2;

interface Round {
  ok: number;
  seconds: number;
  /** Server CPU (user + system) spent during the round, in µs; null where /proc is not readable. */
  serverCpuMicros: number | null;
}

/** utime + stime of a process in µs (Linux), or null. */
/** One wrk run; 2xx answers counted as requests minus the non-2xx and errored ones. */
function wrkRound(args: string[], seconds: number): number {
  const command = [...(pin ? ['taskset', '-c', '1'] : []), 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, ...args];
  const run = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  const total = Number(/(\d+) requests in/.exec(run.stdout)?.[1] ?? Number.NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(run.stdout)?.[1] ?? 0);
  if (non2xx > 0 || /Socket errors/.test(run.stdout)) throw new Error(`wrk saw failures:\n${run.stdout}`);
  return total - non2xx;
}

interface Measured {
  ratio: number;
  trivialPerSecond: number;
  /** Server CPU per assessment answer in µs, or null without /proc. */
  assessCpuMicros: number | null;
}

interface Target {
  label: string;
  server: SpawnedServer;
  dataDir: string;
  trivialRound: (seconds: number) => Promise<number>;
  assessRound: (seconds: number) => Promise<number>;
  trivial: Round[];
  assess: Round[];
}

/** One `knead serve` with its answer cache of `cacheSize`, and the two rounds that load it. */
async function startTarget(cacheSize: number, workDir: string): Promise<Target> {
  const dataDir = mkdtempSync(join(workDir, 'data-'));
  const server: SpawnedServer = await spawnServer(['--data-dir', dataDir], {
    KNEAD_ASSESSMENT_CACHE: String(cacheSize),
  });
  const pid = server.child.pid;
  if (pin && pid !== undefined) spawnSync('taskset', ['-a', '-cp', '0', String(pid)]);
  const healthz = `${server.url}/healthz`;
  const assessments = `${server.url}/api/v1/assessments`;
  const host = new URL(server.url).host;
  const bodiesFile = join(workDir, 'bodies.txt');
  const script = join(workDir, `assess-${cacheSize}.lua`);
  writeFileSync(bodiesFile, `${situations.join('\n')}\n`);
  // Requests are built once in init(); request() only hands the next one out. Each round starts where the last
  // one stopped (its first argument), so the rounds walk the whole list rather than replay its start.
  writeFileSync(
    script,
    `local reqs = {}
local i = 0
init = function(args)
  for line in io.lines(${JSON.stringify(bodiesFile)}) do
    reqs[#reqs + 1] = wrk.format("POST", "/api/v1/assessments", { ["Host"] = ${JSON.stringify(host)}, ["Content-Type"] = "application/json", ["Accept-Encoding"] = ${JSON.stringify(ACCEPT_ENCODING)} }, line)
  end
  i = tonumber(args[1]) or 0
end
request = function()
  i = i % #reqs + 1
  return reqs[i]
end
`,
  );
  let sent = 0;
  // autocannon: a static request list, built once and cycled through.
  const requests = situations.map((body) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', 'accept-encoding': ACCEPT_ENCODING },
    body,
  }));
  return {
    label: cacheSize > 0 ? `cache ${cacheSize}` : 'no cache',
    server,
    dataDir,
    trivialRound: async (seconds) =>
      useWrk
        ? wrkRound(['-H', `Accept-Encoding: ${ACCEPT_ENCODING}`, healthz], seconds)
        : (await load({ url: healthz, headers: { 'accept-encoding': ACCEPT_ENCODING }, duration: seconds })).ok,
    assessRound: async (seconds) => {
      if (!useWrk) return (await load({ url: assessments, duration: seconds, requests })).ok;
      const ok = wrkRound(['-s', script, server.url, '--', String(sent % situations.length)], seconds);
      sent += ok;
      return ok;
    },
    trivial: [],
    assess: [],
  };
}

async function timed(pid: number | undefined, round: (seconds: number) => Promise<number>, seconds: number) {
  const before = cpuMicros(pid);
  const ok = await round(seconds);
  const after = cpuMicros(pid);
  return { ok, seconds, serverCpuMicros: before === null || after === null ? null : after - before };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Medians over the rounds, not sums: on the shared machine a burst of other work can slow one round several-fold,
 * and a median ignores it. The ratio is the median of each round's POST req/s over the trivial req/s beside it.
 */
function report(target: Target): Measured {
  const line = (name: string, rounds: Round[]) => {
    const perSecond = median(rounds.map((r) => r.ok / r.seconds));
    const cpus = rounds.map((r) => (r.serverCpuMicros === null ? null : r.serverCpuMicros / r.ok));
    const cpu = cpus.every((c) => c !== null) ? median(cpus as number[]) : null;
    const busy = rounds.every((r) => r.serverCpuMicros !== null)
      ? median(rounds.map((r) => (r.serverCpuMicros as number) / (r.seconds * 1e6)))
      : null;
    const perRequest = cpu === null ? '' : `  ${cpu.toFixed(1).padStart(5)} µs server CPU/request`;
    const busyText = busy === null ? '' : `, server busy ${Math.round(busy * 100)} %`;
    console.log(`[${target.label}] ${name.padEnd(28)} ${fmt(perSecond).padStart(8)} req/s${perRequest}${busyText}`);
    return { perSecond, cpuPerRequest: cpu };
  };
  const post = line('POST /api/v1/assessments', target.assess);
  const calibration = line('GET /healthz (trivial)', target.trivial);
  const ratio = median(target.assess.map((r, i) => r.ok / (target.trivial[i] as Round).ok));
  // When other work starves the server, req/s ratios drift; the ratio of CPU per request does not depend on it.
  const cpuRatio =
    post.cpuPerRequest && calibration.cpuPerRequest
      ? ` (server CPU per trivial request / per POST: ${(calibration.cpuPerRequest / post.cpuPerRequest).toFixed(2)})`
      : '';
  console.log(`[${target.label}] ratio                        ${ratio.toFixed(2)}${cpuRatio}`);
  return { ratio, trivialPerSecond: calibration.perSecond, assessCpuMicros: post.cpuPerRequest };
}

/**
 * Both servers (cache on and off) run side by side, both on CPU 0, loaded in turn: round after round, a change in
 * the machine's load (it is shared) hits both servers and both routes alike, so their figures can be compared.
 */
async function measureSideBySide(cacheSizes: number[], workDir: string): Promise<Measured[]> {
  const targets: Target[] = [];
  try {
    for (const size of cacheSizes) targets.push(await startTarget(size, workDir));
    for (const target of targets) {
      await target.trivialRound(2); // warm the JIT (and, with the cache on and 500 bodies, fill it)
      await target.assessRound(2);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const pid = target.server.child.pid;
        target.trivial.push(await timed(pid, target.trivialRound, ROUND_SECONDS));
        target.assess.push(await timed(pid, target.assessRound, ROUND_SECONDS));
      }
    }
    return targets.map(report);
  } finally {
    for (const target of targets) {
      await target.server.stop();
      rmSync(target.dataDir, { recursive: true, force: true });
    }
  }
}

const client = useWrk
  ? `wrk, ${CONNECTIONS} connections${pin ? ', server pinned to CPU 0 and wrk to CPU 1' : ''}`
  : `autocannon, ${CONNECTIONS} connections — WARNING: on a small machine autocannon's own CPU caps the POST figure; install wrk for a server-bound measurement`;
console.log(
  `Node ${process.version}, ${new Date().toISOString()}, ${situations.length} distinct situations, ${client}`,
);
const workDir = mkdtempSync(join(tmpdir(), 'knead-bench-api-'));
try {
  const [cached, uncached] = (await measureSideBySide([2_000, 0], workDir)) as [Measured, Measured];
  if (!allMisses) {
    console.log(cached.ratio >= 0.7 ? 'PASS (default configuration, ratio ≥ 0.70)' : 'FAIL: ratio below 0.70');
  } else {
    // More distinct bodies than the cache holds: nearly every request misses, and the cache must not cost more than
    // noise (5 %). Once full it admits one miss in 32 (decision 0024), so with 5,000 bodies some later repeats hit;
    // KNEAD_BENCH_SITUATIONS=50000 keeps it to misses.
    const trivial = fmt((cached.trivialPerSecond + uncached.trivialPerSecond) / 2);
    console.log(`calibration: trivial route ${trivial} req/s (mean of both servers)`);
    console.log(
      uncached.ratio >= 0.5
        ? `PASS uncached ratio ${uncached.ratio.toFixed(2)} ≥ 0.50`
        : `FAIL uncached ratio ${uncached.ratio.toFixed(2)} < 0.50`,
    );
    const on = cached.assessCpuMicros;
    const off = uncached.assessCpuMicros;
    if (on === null || off === null) console.log('server CPU per request: /proc not readable, not judged');
    else {
      const verdict = on <= off * 1.05 ? 'PASS' : 'FAIL';
      console.log(
        `${verdict} server CPU per request, distinct bodies: cache on ${on.toFixed(1)} µs vs cache off ${off.toFixed(1)} µs (on ≤ off + 5 %)`,
      );
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
