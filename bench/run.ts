// Runs every benchmark in bench/ one after another (never in parallel: they measure the same 2 cores).
// Run: npm run bench            (all)   or   npm run bench -- assess search   (some)
// safety.ts is a pass/fail safety gate, not a measurement: `npm run safety` (or `npm run bench -- safety`) runs it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.includes('.test') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
// safety and ha are pass/fail tests (npm run safety, npm run test:ha), not measurements to run with the rest.
const NOT_BY_DEFAULT = ['safety', 'safety-docs', 'ha'];
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; one of ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length > 0 ? wanted : all.filter((n) => !NOT_BY_DEFAULT.includes(n))) {
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
