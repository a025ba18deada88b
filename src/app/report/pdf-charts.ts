/** Vector charts drawn with pdfkit paths: bars over time, a line trend, horizontal bars for categories. */
import { COLORS, type Doc, pdfText } from './pdf-layout';
import { largestOf } from './report-stats';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
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

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

function drawFrame(doc: Doc, box: Box, title: string, max: number): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(pdfText(title), box.x, box.y - 14, { lineBreak: false });
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
  for (const fraction of [0, 0.5, 1]) {
    const y = box.y + box.height - fraction * box.height;
    doc
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .lineWidth(0.3)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.text(String(Number((max * fraction).toFixed(1))), box.x - 26, y - 3, {
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

/** Vertical bars, e.g. episodes per week. */
export function drawBarChart(doc: Doc, box: Box, title: string, points: readonly SeriesPoint[]): void {
  const max = niceMax(
    largestOf(
      points.map((point) => point.value ?? 0),
      0,
    ),
  );
  drawFrame(doc, box, title, max);
  const step = box.width / Math.max(1, points.length);
  const barWidth = Math.max(0.6, step * 0.75);
  points.forEach((point, index) => {
    const height = ((point.value ?? 0) / max) * box.height;
    if (height <= 0) return;
    doc
      .rect(box.x + index * step + (step - barWidth) / 2, box.y + box.height - height, barWidth, height)
      .fill(COLORS.accent);
  });
  drawXLabels(doc, box, points);
}

/** A line with dots for a 0–10 level over time, gaps where there is no value. */
export function drawLineChart(doc: Doc, box: Box, title: string, points: readonly SeriesPoint[], max = 10): void {
  drawFrame(doc, box, title, max);
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
  if (coords.length <= 60) for (const [x, y] of coords) doc.circle(x, y, 1.6).fill(COLORS.accent);
  drawXLabels(doc, box, points);
}

/** Labelled horizontal bars with counts, e.g. regions or times of day. */
export function drawHorizontalBars(
  doc: Doc,
  box: Box,
  title: string,
  items: readonly { label: string; count: number }[],
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
  if (shown.length === 0) doc.fillColor(COLORS.muted).text('No episodes in this period.', box.x, box.y + 2);
}
