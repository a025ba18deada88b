// In-process assessment speed and the vignette suite's triage figures.
// Run: node --import tsx bench/assess.ts
import fc from 'fast-check';
import { arbitrarySituation } from '../src/core/assess/arbitrary-situation.test-support';
import { assessSituation } from '../src/core/assess/assess-situation';
import { VIGNETTES } from '../src/core/assess/vignettes';
import { CARE_LEVELS } from '../src/core/vocabulary';

const random = fc.sample(arbitrarySituation, { numRuns: 5_000, seed: 42 });
const vignettes = VIGNETTES.map((v) => v.situation);

function measure(label: string, inputs: readonly Parameters<typeof assessSituation>[0][], minMs = 2_000): void {
  for (let i = 0; i < 2_000; i++) assessSituation(inputs[i % inputs.length]!); // warm up the JIT
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  while (elapsedNs < BigInt(minMs) * 1_000_000n) {
    for (const input of inputs) assessSituation(input);
    count += inputs.length;
    elapsedNs = process.hrtime.bigint() - start;
  }
  const perSecond = (count / Number(elapsedNs)) * 1e9;
  const micros = Number(elapsedNs) / count / 1_000;
  console.log(
    `${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} /s   ${micros.toFixed(2)} µs each`,
  );
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
measure('assessSituation (vignettes)', vignettes);
measure('assessSituation (5,000 random)', random);

let under = 0;
let exact = 0;
let over = 0;
for (const v of VIGNETTES) {
  const got = CARE_LEVELS.indexOf(assessSituation(v.situation).care);
  const want = CARE_LEVELS.indexOf(v.care);
  if (got > want) under++;
  else if (got === want) exact++;
  else over++;
}
console.log(`vignettes: ${VIGNETTES.length} cases, under-triaged ${under}, exact ${exact}, over-triaged ${over}`);
