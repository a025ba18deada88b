// Start-up time of the CLI and of `knead serve` (issue 13 item 5), as ratios to what Node itself costs in the same run.
// Run: npm run bench -- cli-start     (KNEAD_BENCH_RUNS=N to change the number of runs; medians are printed)
// Calibration: `node -e 0` for the commands, a bare Fastify listening on a free port for `knead serve`.
// The compiled CLI (dist/cli, decision 0019) is built first if it is stale; "source" rows force tsx (KNEAD_CLI=tsx).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuild } from '../scripts/build-cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/knead.js');
const RUNS = Number(process.env.KNEAD_BENCH_RUNS ?? 15);
const SITUATION = '{"region":"calf","ongoing":true,"durationMinutes":3}';
const BARE_FASTIFY = `import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => 'ok');
await app.listen({ port: 0, host: '127.0.0.1' });
console.log('listening');
await app.close();`;

interface Case {
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  stdin?: string;
  /** Time until stdout matches this (then the process is killed), instead of until it exits. */
  until?: RegExp;
  /** A fresh data directory for each run (the first start of `knead serve`). */
  freshDataDir?: boolean;
}

/** Milliseconds from spawn to exit (or to the `until` line), failing on a non-zero exit. */
function timeOnce(c: Case, dataDir: string): Promise<number> {
  const args = c.freshDataDir ? [...c.args, '--data-dir', join(dataDir, `fresh-${process.hrtime.bigint()}`)] : c.args;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', KNEAD_LOG_LEVEL: 'error', KNEAD_DATA_DIR: join(dataDir, 'warm'), ...c.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(c.stdin ?? '');
  let output = '';
  return new Promise((resolve, reject) => {
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    let seen = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!seen && c.until?.test(output)) {
        seen = true;
        const ms = elapsed();
        child.once('exit', () => resolve(ms));
        // SIGTERM, as Ctrl-C or a service manager stops it: `knead serve` shuts the database down cleanly, so the
        // next warm start finds it clean (a SIGKILL would make every start a crash recovery).
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      if (c.until?.test(output)) return;
      if (code !== 0 || (c.until && !c.until.test(output))) reject(new Error(`${c.label}: exit ${code}\n${output}`));
      else resolve(elapsed());
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const nodeBaseline: Case = { label: 'node -e 0', args: ['-e', '0'] };
const bareFastify: Case = {
  label: 'bare Fastify listen',
  args: ['--input-type=module', '-e', BARE_FASTIFY],
  until: /listening/,
};
const serve = (env: NodeJS.ProcessEnv = {}, freshDataDir = false): Case => ({
  label: '',
  args: [BIN, 'serve', '--port', '0'],
  env,
  until: /running at/,
  freshDataDir,
});
const cases: Record<string, Case> = {
  node: nodeBaseline,
  help: { label: 'knead --help', args: [BIN, '--help'] },
  assess: { label: 'knead assess --json', args: [BIN, 'assess', '--json'], stdin: SITUATION },
  // Under a German LANG the run loads de's `cli` catalog before commander parses (its help is German, 0040).
  helpDe: { label: 'knead --help (LANG=de)', args: [BIN, '--help'], env: { LANG: 'de_DE.UTF-8' } },
  assessDe: {
    label: 'knead assess --json (LANG=de)',
    args: [BIN, 'assess', '--json'],
    stdin: SITUATION,
    env: { LANG: 'de_DE.UTF-8' },
  },
  helpSource: { label: 'knead --help (source, tsx)', args: [BIN, '--help'], env: { KNEAD_CLI: 'tsx' } },
  assessSource: {
    label: 'knead assess --json (source, tsx)',
    args: [BIN, 'assess', '--json'],
    stdin: SITUATION,
    env: { KNEAD_CLI: 'tsx' },
  },
  fastify: bareFastify,
  serve: { ...serve(), label: 'knead serve (warm data dir)' },
  serveSource: { ...serve({ KNEAD_CLI: 'tsx' }), label: 'knead serve (warm, source, tsx)' },
  serveFresh: { ...serve({}, true), label: 'knead serve (fresh data dir)' },
};

const built = await ensureCliBuild(ROOT);
console.log(`Node ${process.version}, ${new Date().toISOString()}, ${RUNS} runs each (interleaved), medians`);
console.log(`compiled CLI: ${built.rebuilt ? 'rebuilt now' : 'up to date'} (${built.entry})`);
const dataDir = mkdtempSync(join(tmpdir(), 'knead-bench-start-'));
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
try {
  await timeOnce(cases.serve!, dataDir); // creates and migrates the warm data directory
  for (let run = 0; run < RUNS; run++) {
    for (const [key, c] of Object.entries(cases)) {
      // A fresh data directory costs seconds: a third of the runs is enough for its median.
      if (key === 'serveFresh' && run % 3 !== 0) continue;
      times[key]!.push(await timeOnce(c, dataDir));
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)])) as Record<string, number>;
const row = (key: string, base: string, target?: number) => {
  const ratio = m[key]! / m[base]!;
  const verdict =
    target === undefined ? '' : ratio <= target ? `  ✅ (target ≤ ${target}×)` : `  ❌ (target ≤ ${target}×)`;
  console.log(
    `${cases[key]!.label.padEnd(34)} ${m[key]!.toFixed(0).padStart(6)} ms   ${ratio.toFixed(2)}× ${cases[base]!.label}${verdict}`,
  );
};
console.log(`${'node -e 0'.padEnd(34)} ${m.node!.toFixed(0).padStart(6)} ms   (calibration)`);
row('help', 'node');
row('assess', 'node', 2.5);
row('helpDe', 'node');
row('assessDe', 'node', 2.5);
row('helpSource', 'node');
row('assessSource', 'node');
console.log(`${'bare Fastify listen'.padEnd(34)} ${m.fastify!.toFixed(0).padStart(6)} ms   (calibration)`);
row('serve', 'fastify');
console.log(
  `  knead serve on a warm data dir listens in ${m.serve!.toFixed(0)} ms ${m.serve! < 1000 ? '✅' : '❌'} (target < 1000 ms)`,
);
row('serveSource', 'fastify');
row('serveFresh', 'fastify');

// The issue's own yardstick: hyperfine, both commands in one run (skipped when hyperfine is not installed).
const scratch = mkdtempSync(join(tmpdir(), 'knead-bench-hyperfine-'));
try {
  const input = join(scratch, 'situation.json');
  const results = join(scratch, 'results.json');
  writeFileSync(input, SITUATION);
  const run = spawnSync(
    'hyperfine',
    [
      '-N',
      '--warmup',
      '3',
      '--runs',
      String(Math.max(RUNS, 10)),
      '--export-json',
      results,
      'node -e 0',
      `node ${BIN} assess --json --input ${input}`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KNEAD_DATA_DIR: join(scratch, 'data') } },
  );
  if (run.error || run.status !== 0) {
    console.log(`hyperfine: SKIPPED (${run.error ? 'not installed: apt-get install hyperfine' : run.stderr.trim()})`);
  } else {
    const [node, assess] = (JSON.parse(readFileSync(results, 'utf8')) as { results: { median: number }[] }).results;
    const ratio = assess!.median / node!.median;
    console.log(
      `hyperfine: knead assess --json ${(assess!.median * 1000).toFixed(0)} ms, node -e 0 ${(node!.median * 1000).toFixed(0)} ms (medians): ${ratio.toFixed(2)}× ${ratio <= 2.5 ? '✅' : '❌'} (target ≤ 2.5×)`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
