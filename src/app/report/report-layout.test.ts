/**
 * The report as pages, read back by poppler: no word outside the page, and no trend chart with all its marks in
 * the last tenth of its width (issue #12: a January–November report with episodes only in November drew every
 * bar at the right edge). The chart areas are found twice: from the renderer's geometry, and in the page image
 * under each chart's title, so a renderer that misreports its geometry still fails.
 */
import { describe, expect, it } from 'vitest';
import { hasPoppler, type PageWords, type RgbImage, readWords, renderPages } from '../../test-support/pdf-pages';
import type { ChartGeometry } from './pdf-charts';
import { PAGE } from './pdf-layout';
import { renderReportPdf } from './render-pdf';
import { buildReportModel } from './report-model';
import { buildClinicianSample, buildSampleJournal } from './sample-journal';

const DPI = 50;
const SCALE = DPI / 72;
const canRender = hasPoppler();
if (!canRender) console.warn('poppler-utils is not installed: skipping the report layout test');

/** The accent colour of bars and dots (#2f6f9f), within anti-aliasing distance. */
function isMark(image: RgbImage, x: number, y: number): boolean {
  const at = (y * image.width + x) * 3;
  const [r, g, b] = [image.rgb[at] ?? 255, image.rgb[at + 1] ?? 255, image.rgb[at + 2] ?? 255];
  return Math.abs(r - 0x2f) < 40 && Math.abs(g - 0x6f) < 40 && Math.abs(b - 0x9f) < 40;
}

/** The leftmost and rightmost image columns holding a mark inside a box given in points, or null for none. */
function markColumns(image: RgbImage, box: { x: number; y: number; width: number; height: number }) {
  const left = Math.ceil(box.x * SCALE);
  const right = Math.floor((box.x + box.width) * SCALE);
  let first: number | null = null;
  let last: number | null = null;
  for (let x = left; x <= right; x++) {
    for (let y = Math.ceil(box.y * SCALE) + 1; y < Math.floor((box.y + box.height) * SCALE) - 1; y++) {
      if (isMark(image, x, y)) {
        first ??= x;
        last = x;
        break;
      }
    }
  }
  return first === null || last === null ? null : { first, last, left, right };
}

/** The plot area under a chart title found in the text: the title sits 14 pt above the plot, 80 pt high. */
function plotUnder(page: PageWords, titleStart: string): { x: number; y: number; width: number; height: number } {
  const title = page.words.find((_, i) =>
    page.words
      .slice(i, i + 3)
      .map((word) => word.text)
      .join(' ')
      .startsWith(titleStart),
  );
  if (!title) throw new Error(`no chart titled "${titleStart}" on the page`);
  return { x: title.xMin, y: title.yMin + 14, width: PAGE.width - PAGE.margin - title.xMin, height: 80 };
}

/** Pairs of words whose boxes overlap by more than a point each way (text drawn over text, e.g. a wrapped header). */
function overlapping(page: PageWords): string[] {
  const pairs: string[] = [];
  page.words.forEach((a, i) => {
    for (const b of page.words.slice(i + 1)) {
      const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const high = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (wide > 1 && high > 1) pairs.push(`${a.text} / ${b.text}`);
    }
  });
  return pairs;
}

async function readReport(journal: ReturnType<typeof buildSampleJournal>, from: string, to: string) {
  const charts: ChartGeometry[] = [];
  const model = buildReportModel({ ...journal, from, to, generatedAt: '2026-12-01T09:00:00Z' });
  const pdf = await renderReportPdf(model, { charts });
  return { charts, pages: renderPages(pdf, DPI), words: readWords(pdf) };
}

describe.skipIf(!canRender)('clinician report layout (pdftoppm -r 50, pdftotext -bbox)', () => {
  const cases = [
    ['January to November, episodes only in November (#12)', buildClinicianSample().journal, '2026-01-01'],
    ['a full year of episodes', buildSampleJournal({ episodes: 400, startDay: '2026-01-01', days: 330 }), '2026-01-01'],
  ] as const;

  for (const [name, journal, from] of cases) {
    it(`${name}: every word inside the page margins, none over another`, async () => {
      const { words } = await readReport(journal, from, '2026-11-30');
      expect(words.length).toBeGreaterThan(1);
      for (const [index, page] of words.entries()) {
        expect(page.width).toBeCloseTo(PAGE.width, 0);
        const outside = page.words.filter(
          (w) =>
            w.xMin < PAGE.margin - 1 || w.xMax > page.width - PAGE.margin + 1 || w.yMin < 0 || w.yMax > page.height,
        );
        expect(outside, `page ${index + 1}`).toEqual([]);
        expect(overlapping(page), `page ${index + 1}: words drawn over each other`).toEqual([]);
      }
    });

    it(`${name}: no trend chart has all its marks in the last tenth of its width`, async () => {
      const { charts, pages, words } = await readReport(journal, from, '2026-11-30');
      expect(charts.map((chart) => chart.title)).toEqual([
        expect.stringMatching(/^Episodes per/),
        expect.stringMatching(/^Mean intensity/),
      ]);
      for (const chart of charts) {
        expect(chart.marks.length, chart.title).toBeGreaterThan(0);
        const leftmost = Math.min(...chart.marks.map((mark) => mark.x));
        expect(leftmost, `${chart.title}: first mark`).toBeLessThan(chart.box.x + 0.9 * chart.box.width);
      }
      // The same, read from the image alone, in the plot found under each title on the page that holds it.
      const pageIndex = charts[0]?.page ?? 0;
      const image = pages[pageIndex]?.image as RgbImage;
      const page = words[pageIndex] as PageWords;
      for (const titleStart of ['Episodes per', 'Mean intensity (0-10)']) {
        const found = markColumns(image, plotUnder(page, titleStart));
        expect(found, `${titleStart}: marks in the image`).not.toBeNull();
        const { first, left, right } = found as NonNullable<typeof found>;
        expect(first, `${titleStart}: first marked column`).toBeLessThan(left + 0.9 * (right - left));
      }
    });
  }
});
