// Clinician report for a 10-year journal (20,000 episodes, daily check-ins): model + PDF, target < 2 s.
// Run: node --import tsx bench/report.ts

import { renderReportHtml } from '../src/app/report/render-html';
import { renderReportPdf } from '../src/app/report/render-pdf';
import { buildReportModel } from '../src/app/report/report-model';
import { buildSampleJournal } from '../src/app/report/sample-journal';

const TARGET_MS = 2_000;
const journal = buildSampleJournal({ episodes: 20_000, startDay: '2016-01-01', days: 3_653 });
const input = { ...journal, from: '2016-01-01', to: '2025-12-31', generatedAt: new Date().toISOString() };

async function runOnce(): Promise<{ modelMs: number; pdfMs: number; htmlMs: number; bytes: number }> {
  const t0 = performance.now();
  const model = buildReportModel(input);
  const t1 = performance.now();
  const pdf = await renderReportPdf(model);
  const t2 = performance.now();
  renderReportHtml(model);
  const t3 = performance.now();
  return { modelMs: t1 - t0, pdfMs: t2 - t1, htmlMs: t3 - t2, bytes: pdf.length };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `journal: ${journal.episodes.length} episodes, ${journal.checkins.length} check-ins, ${journal.sessions.length} sessions`,
);
await runOnce(); // cold run warms the JIT and pdfkit's font metrics
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await runOnce());
const totals = runs.map((r) => r.modelMs + r.pdfMs).sort((a, b) => a - b);
const median = totals[Math.floor(totals.length / 2)] ?? 0;
const last = runs.at(-1);
console.log(
  `report (model + PDF), median of 5: ${median.toFixed(0)} ms  (model ${last?.modelMs.toFixed(0)} ms, PDF ${last?.pdfMs.toFixed(0)} ms, ${((last?.bytes ?? 0) / 1024).toFixed(0)} KB; HTML ${last?.htmlMs.toFixed(0)} ms)`,
);
console.log(`target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'PASS' : 'FAIL'}`);
if (median >= TARGET_MS) process.exitCode = 1;
