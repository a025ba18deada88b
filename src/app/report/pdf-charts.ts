/** Vector charts drawn with pdfkit paths: bars over time, a line trend, horizontal bars for categories. */
import { COLORS, type Doc, pdfText } from './pdf-layout';
import { largestOf } from './report-stats';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a chart's marks landed on its page, so tests can check the layout without reading pixels alone. */
export interface ChartGeometry {
  title: string;
  /** 0-based page index. */
  page: number;
  box: Box;
  /** Each bar or dot: its left edge and width in page points (a dot's width is its diameter). */
  marks: { x: number; width: number }[];
}

export interface SeriesPoint {
  label: string;
  value: number | null;
}

/** Merges consecutive points so at most `maxPoints` remain (sums for counts, means for levels). */
export function bucketSeries(points: readonly SeriesPoint[], maxPoints: number, mode: 'sum' | 'mean'): SeriesPoint[] {
  if (points.length <= maxPoints) return [...points];
  const size = Math.ceil(points.length / maxPoints);
  const out: SeriesPoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size);
    const values = group.map((point) => point.value).filter((value): value is number => value !== null);
    const total = values.reduce((sum, value) => sum + value, 0);
    out.push({
      label: group[0]?.label ?? '',
      value: values.length === 0 ? (mode === 'sum' ? 0 : null) : mode === 'sum' ? total : total / values.length,
    });
  }
  return out;
}

/**
 * Whole-number ticks for a count axis (never "2.5 episodes"): the smallest step of 1, 2 or 5 × 10^k that needs at
 * most five intervals, and an axis top that is a whole number of steps.
 * @example countTicks(7) // [0, 2, 4, 6, 8]
 */
export function countTicks(largest: number): number[] {
  let step = 1;
  for (let magnitude = 1; Math.ceil(largest / step) > 5; magnitude *= 10) {
    step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => Math.ceil(largest / s) <= 5) ?? 10 * magnitude;
  }
  const intervals = Math.max(1, Math.ceil(largest / step));
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}

/** Which page the document is drawing on now. */
function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function drawFrame(doc: Doc, box: Box, title: string, ticks: readonly number[]): void {
  const max = ticks.at(-1) ?? 1;
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(pdfText(title), box.x, box.y - 14, { lineBreak: false });
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
  for (const tick of ticks) {
    const y = box.y + box.height - (tick / max) * box.height;
    doc
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .lineWidth(0.3)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.text(String(tick), box.x - 26, y - 3, {
      width: 22,
      align: 'right',
      lineBreak: false,
    });
  }
}

function drawXLabels(doc: Doc, box: Box, points: readonly SeriesPoint[]): void {
  if (points.length === 0) return;
  const picks = [0, Math.floor((points.length - 1) / 2), points.length - 1];
  const step = box.width / points.length;
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
  for (const [n, index] of [...new Set(picks)].entries()) {
    const x = box.x + index * step + step / 2;
    const align = n === 0 ? 'left' : n === 2 || index === points.length - 1 ? 'right' : 'center';
    const left = align === 'left' ? box.x : align === 'right' ? box.x + box.width - 80 : x - 40;
    doc.text(points[index]?.label ?? '', left, box.y + box.height + 3, { width: 80, align, lineBreak: false });
  }
}

/** Vertical bars of counts, e.g. episodes per week, on a whole-number axis. */
export function drawBarChart(doc: Doc, box: Box, title: string, points: readonly SeriesPoint[]): ChartGeometry {
  const ticks = countTicks(
    largestOf(
      points.map((point) => point.value ?? 0),
      0,
    ),
  );
  const max = ticks.at(-1) ?? 1;
  drawFrame(doc, box, title, ticks);
  const step = box.width / Math.max(1, points.length);
  const barWidth = Math.max(0.6, Math.min(step * 0.75, 24));
  const marks: ChartGeometry['marks'] = [];
  points.forEach((point, index) => {
    const height = ((point.value ?? 0) / max) * box.height;
    if (height <= 0) return;
    const x = box.x + index * step + (step - barWidth) / 2;
    doc.rect(x, box.y + box.height - height, barWidth, height).fill(COLORS.accent);
    marks.push({ x, width: barWidth });
  });
  drawXLabels(doc, box, points);
  return { title, page: currentPage(doc), box, marks };
}

/** A line with dots for a 0–10 level over time, gaps where there is no value. */
export function drawLineChart(
  doc: Doc,
  box: Box,
  title: string,
  points: readonly SeriesPoint[],
  max = 10,
): ChartGeometry {
  drawFrame(doc, box, title, [0, max / 2, max]);
  const step = box.width / Math.max(1, points.length);
  let drawing = false;
  const coords: [number, number][] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      drawing = false;
      return;
    }
    const x = box.x + index * step + step / 2;
    const y = box.y + box.height - (point.value / max) * box.height;
    if (drawing) doc.lineTo(x, y);
    else doc.moveTo(x, y);
    drawing = true;
    coords.push([x, y]);
  });
  doc.lineWidth(1.2).strokeColor(COLORS.accent).stroke();
  if (coords.length <= 60) for (const [x, y] of coords) doc.circle(x, y, DOT_RADIUS).fill(COLORS.accent);
  drawXLabels(doc, box, points);
  const marks = coords.map(([x]) => ({ x: x - DOT_RADIUS, width: 2 * DOT_RADIUS }));
  return { title, page: currentPage(doc), box, marks };
}

const DOT_RADIUS = 1.6;

/** Labelled horizontal bars with counts, e.g. regions or times of day. */
export function drawHorizontalBars(
  doc: Doc,
  box: Box,
  title: string,
  items: readonly { label: string; count: number }[],
  empty = 'No episodes in this period.',
): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(pdfText(title), box.x, box.y - 14, { lineBreak: false });
  const shown = items.slice(0, 8);
  const max = largestOf(
    shown.map((item) => item.count),
    1,
  );
  const rowHeight = Math.min(16, box.height / Math.max(1, shown.length));
  const labelWidth = 88;
  const barSpace = box.width - labelWidth - 34;
  doc.font('Helvetica').fontSize(8);
  shown.forEach((item, index) => {
    const y = box.y + index * rowHeight;
    doc.fillColor(COLORS.text).text(pdfText(item.label), box.x, y + 2, { width: labelWidth - 4, lineBreak: false });
    const width = (item.count / max) * barSpace;
    if (width > 0) doc.rect(box.x + labelWidth, y + 1, width, rowHeight - 4).fill(COLORS.accent);
    doc.fillColor(COLORS.muted).text(String(item.count), box.x + labelWidth + width + 4, y + 2, { lineBreak: false });
  });
  if (shown.length === 0) doc.fillColor(COLORS.muted).text(pdfText(empty), box.x, box.y + 2);
}
