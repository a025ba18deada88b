// Regenerates the sample clinician report in docs/report/ (npm run report:sample): the PDF's pages as PNGs at
// 60 dpi, from the journal of issue #12 (about ten episodes, all in November, reported
// over January to November, with a filled-in profile).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReportPdf } from '../src/app/report/render-pdf';
import { buildReportModel } from '../src/app/report/report-model';
import { buildClinicianSample } from '../src/app/report/sample-journal';
import { renderPages } from '../src/test-support/pdf-pages';

const dir = fileURLToPath(new URL('../docs/report/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (/^sample-page-\d+\.png$/.test(name)) rmSync(`${dir}${name}`);
const sample = buildClinicianSample();
const model = buildReportModel({ ...sample.journal, ...sample, patient: sample.patient });
const pages = renderPages(await renderReportPdf(model), 60, dir);
console.log(`docs/report/: ${pages.length} PNG pages (${model.summary.episodes} episodes)`);
