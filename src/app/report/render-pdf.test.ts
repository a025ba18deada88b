import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAssessmentFixture, buildEpisodeFixture } from '../../core/interop/journal-fixtures';
import { renderReportPdf } from './render-pdf';
import { buildReportModel } from './report-model';
import { buildSampleJournal } from './sample-journal';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canExtract = hasPdftotext();
if (!canExtract) console.warn('pdftotext (poppler-utils) is not installed: skipping PDF text extraction tests');

/** Extracts the text of each page with poppler's pdftotext, independently of our writer. */
function extractPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'knead-report-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const journal = buildSampleJournal({ episodes: 300, startDay: '2026-01-01', days: 120 });
const urgent = buildEpisodeFixture({
  id: '01950000-0000-7000-8000-00000000ffff',
  startedAt: '2026-04-20T23:15:00+02:00',
  durationMinutes: 25,
  assessment: buildAssessmentFixture({
    care: 'consultation_24',
    reasons: [
      { id: 'long-episode', axis: 'care', text: 'An episode that lasted over 10 minutes.', source: 'nhs:leg-cramps' },
    ],
  }),
  history: { medications: ['diuretic'], conditions: ['thyroid'] },
});
const model = buildReportModel({
  episodes: [...journal.episodes, urgent],
  checkins: journal.checkins,
  sessions: journal.sessions,
  from: '2026-01-01',
  to: '2026-04-30',
  generatedAt: '2026-05-01T09:30:00Z',
});

describe.skipIf(!canExtract)('renderReportPdf (read back with pdftotext)', () => {
  it('has the summary, sections, latest assessment with sources, and the episode table', async () => {
    const pages = extractPages(await renderReportPdf(model));
    const text = pages.join('\n');
    expect(pages.length).toBeGreaterThan(3);
    for (const heading of [
      'Summary',
      'Trends',
      'Alerts raised',
      'Safety assessments',
      'Response to massage and self-care, by technique',
      'Possible triggers',
      'Medications and conditions entered',
      'Episodes (301)',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/301\s+\S+\s+\S+/);
    expect(text).toContain('An episode that lasted over 10 minutes.');
    expect(text).toContain('Source: NHS: Leg cramps');
    expect(text).toContain('Water tablets (diuretics)');
    expect(text).toContain('A thyroid problem');
    expect(text).toContain('2026-04-20 23:15');
  });

  it('puts page numbers, the generation date and the disclaimer on every page', async () => {
    const pages = extractPages(await renderReportPdf(model));
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('generated 2026-05-01 09:30');
      expect(page.replace(/\s+/g, ' ')).toContain('not a diagnosis');
    });
  });

  it('renders an empty range without failing', async () => {
    const empty = buildReportModel({
      episodes: [],
      checkins: [],
      sessions: [],
      from: '2020-01-01',
      to: '2020-01-31',
      generatedAt: '2026-05-01T09:30:00Z',
    });
    const text = extractPages(await renderReportPdf(empty)).join('\n');
    expect(text).toContain('No episodes in this period.');
    expect(text).toMatch(/Page 1 of [12]\b/);
  });
});

describe('renderReportPdf', () => {
  it('writes a PDF document', async () => {
    const pdf = await renderReportPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
