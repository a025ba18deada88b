// Knowledge search benchmark: index build time, query latency over the evaluation set and accuracy.
// Run: node --import tsx bench/search.ts
import { evaluateSearch } from '../src/core/search/eval';
import { EVAL_SET, HELD_OUT_SET } from '../src/core/search/eval-set';
import { buildKnowledgeIndex, searchKnowledge } from '../src/core/search/search';

const ROUNDS = 50;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

const buildTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  buildKnowledgeIndex();
  buildTimes.push(performance.now() - start);
}
const firstBuild = buildTimes[0] ?? Number.NaN;
const sortedBuilds = [...buildTimes].sort((a, b) => a - b);

searchKnowledge('warm up the lazy index');
const latencies: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const { question } of EVAL_SET) {
    const start = performance.now();
    searchKnowledge(question);
    latencies.push(performance.now() - start);
  }
}
latencies.sort((a, b) => a - b);
const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;

const tuning = evaluateSearch(EVAL_SET, searchKnowledge);
const heldOut = evaluateSearch(HELD_OUT_SET, searchKnowledge);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

console.log('Knead knowledge search');
console.log(`index build: first ${firstBuild.toFixed(2)} ms, median ${percentile(sortedBuilds, 0.5).toFixed(2)} ms`);
console.log(
  `query latency (${latencies.length} queries = ${EVAL_SET.length} questions × ${ROUNDS}): ` +
    `mean ${(mean * 1000).toFixed(0)} µs, p95 ${(percentile(latencies, 0.95) * 1000).toFixed(0)} µs`,
);
console.log(`eval set (${tuning.questions}): top-1 ${percent(tuning.top1)}, top-3 ${percent(tuning.top3)}`);
console.log(`held-out set (${heldOut.questions}): top-1 ${percent(heldOut.top1)}, top-3 ${percent(heldOut.top3)}`);

// Per language (decision 0034): each locale's evaluation set against its own localised index and analyser.
const { loadTranslator } = await import('../src/core/i18n/catalogs');
const { LOCALES } = await import('../src/core/i18n/locales');
const { EVAL_SETS, HELD_OUT_SETS } = await import('../src/core/search/eval-sets');
const { searchKnowledgeIn } = await import('../src/core/search/search');
console.log('per locale (each with its own stemmer, stop words and synonyms):');
for (const locale of LOCALES) {
  const t = await loadTranslator(locale, ['knowledge']);
  const questions = EVAL_SETS[locale];
  const buildStart = performance.now();
  searchKnowledgeIn(t, 'warm up');
  const build = performance.now() - buildStart;
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const { question } of questions) {
      const start = performance.now();
      searchKnowledgeIn(t, question);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const report = evaluateSearch(questions, (q, o) => searchKnowledgeIn(t, q, o));
  const held = evaluateSearch(HELD_OUT_SETS[locale], (q, o) => searchKnowledgeIn(t, q, o));
  console.log(
    `  ${locale.padEnd(5)} (${String(report.questions).padStart(2)} questions): top-1 ${percent(report.top1)}, ` +
      `top-3 ${percent(report.top3)}; held-out (${held.questions}) top-3 ${percent(held.top3)}; first query incl. index ${build.toFixed(1)} ms, p95 ${(percentile(times, 0.95) * 1000).toFixed(0)} µs`,
  );
}
