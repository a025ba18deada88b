// Turning an assessment into the bytes POST /assessments sends, three ways, over 5,000 random situations
// (docs/decisions/0024): JSON.stringify + Buffer.from (before), fast-json-stringify compiled from the same JSON
// Schema + Buffer.from (Fastify's own serialiser), and the route's compiled serialiser (json-serializer.ts).
// Each figure is CPU time per answer (process.cpuUsage, so time the machine gave to other work is not counted),
// best of 5 rounds; the ratio to the first line is printed too.
// Run: node --import tsx bench/serialize.ts
import fc from 'fast-check';
import fastJsonStringify from 'fast-json-stringify';
import { z } from 'zod';
import { arbitrarySituation } from '../src/core/assess/arbitrary-situation.test-support';
import { assessSituation } from '../src/core/assess/assess-situation';
import { AssessmentSchema } from '../src/core/assessment';
import { compileAssessmentSerializer } from '../src/server/routes/assessments/routes';

const assessments = fc.sample(arbitrarySituation, { numRuns: 5_000, seed: 42 }).map((s) => assessSituation(s));
const fjs = fastJsonStringify(z.toJSONSchema(AssessmentSchema, { io: 'output' }) as never);
const compiled = compileAssessmentSerializer();

const ways: Array<[string, (value: (typeof assessments)[number]) => Buffer]> = [
  ['JSON.stringify + Buffer.from', (a) => Buffer.from(JSON.stringify(a))],
  ['fast-json-stringify + Buffer.from', (a) => Buffer.from(fjs(a))],
  ['compiled serialiser (json-serializer.ts)', compiled],
];

for (const [label, serialize] of ways) {
  const expected = Buffer.from(JSON.stringify(assessments[0]));
  if (!serialize(assessments[0] as never).equals(expected)) throw new Error(`${label} writes other bytes`);
}

/** CPU µs per answer of one pass over every assessment. */
function pass(serialize: (value: (typeof assessments)[number]) => Buffer): number {
  const before = process.cpuUsage();
  for (const assessment of assessments) serialize(assessment);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / assessments.length;
}

const meanBytes = assessments.reduce((sum, a) => sum + Buffer.byteLength(JSON.stringify(a)), 0) / assessments.length;
console.log(
  `Node ${process.version}, ${new Date().toISOString()}, ${assessments.length} answers of ${Math.round(meanBytes)} bytes on average`,
);
let baseline = 0;
for (const [label, serialize] of ways) {
  for (let warm = 0; warm < 3; warm++) pass(serialize);
  const best = Math.min(...Array.from({ length: 5 }, () => pass(serialize)));
  baseline ||= best;
  console.log(
    `${label.padEnd(42)} ${best.toFixed(2).padStart(6)} µs CPU per answer  (${(best / baseline).toFixed(2)}×)`,
  );
}
