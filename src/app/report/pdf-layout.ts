/** Page furniture and text helpers for the pdfkit report: margins, headings, footers, tables that span pages. */
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Space kept free at the bottom of every page for the footer (disclaimer, page number). */
export const FOOTER_HEIGHT = 46;
export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#cbd2d9',
  accent: '#2f6f9f',
  alert: '#b42318',
  fill: '#e4eef6',
};

/** A4 document that buffers pages so footers can say "Page n of N" at the end. */
export function createDocument(
  title: string,
  { subject = 'Muscle spasm journal report', lang = 'en-GB' }: { subject?: string; lang?: string } = {},
): Doc {
  return new PDFDocument({
    size: 'A4',
    bufferPages: true,
    lang,
    margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER_HEIGHT, left: PAGE.margin, right: PAGE.margin },
    info: { Title: title, Author: 'Knead', Subject: subject, Creator: 'Knead' },
  });
}

// The standard PDF fonts only cover WinAnsi: spell out the few symbols our text uses.
const REPLACEMENTS: [RegExp, string][] = [
  [/→/g, '->'],
  [/≥/g, '>='],
  [/≤/g, '<='],
  [/×/g, 'x'],
  [/[“”]/g, '"'],
  [/[‘’]/g, "'"],
];

/** Makes text safe for the built-in Helvetica (WinAnsi) font. */
export function pdfText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out.replace(/[^\t\n\r\u0020-\u00ff–—•…€]/g, '?');
}

/** Starts a new page when fewer than `needed` points are left above the footer. */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > PAGE.height - PAGE.margin - FOOTER_HEIGHT) doc.addPage();
}

/** A section heading with a rule under it. */
export function drawHeading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(13).fillColor(COLORS.accent).text(pdfText(text), PAGE.margin, doc.y);
  const y = doc.y + 2;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.width - PAGE.margin, y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y = y + 6;
  doc.font('Helvetica').fontSize(9.5).fillColor(COLORS.text);
}

/** A paragraph in body text. */
export function drawParagraph(doc: Doc, text: string, options: { color?: string; size?: number } = {}): void {
  doc
    .font('Helvetica')
    .fontSize(options.size ?? 9.5)
    .fillColor(options.color ?? COLORS.text)
    .text(pdfText(text), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
}

const TABLE_FONT_SIZE = 8;
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
  /** Wrap long text onto more lines instead of clipping it with an ellipsis. */
  wrap?: boolean;
}

export interface TableOptions {
  /** A full-width line under each row (the episode's notes), wrapped; empty for none. */
  details?: readonly string[];
}

const ROW_HEIGHT = 13;
const LINE_GAP = 1;

/**
 * Draws a table, repeating the header on each new page. Cells are single-line and clipped with an ellipsis unless
 * their column wraps; only text that may not fit is measured, which keeps 20,000-row tables fast.
 */
export function drawTable(
  doc: Doc,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  const drawHeader = () => {
    doc.font('Helvetica-Bold').fontSize(8).fillColor(COLORS.muted);
    const top = doc.y;
    let x = PAGE.margin;
    // A header longer than its column (German "Medianer Rückgang (95-%-KI)") wraps, and the rule goes under the
    // tallest one; one-line headers keep the rule where it always was.
    let tallest = 0;
    for (const column of columns) {
      const header = pdfText(column.header);
      const options = { width: column.width - 4, align: column.align ?? 'left' } as const;
      tallest = Math.max(tallest, fitsOneLine(doc, header, column.width - 4) ? 0 : doc.heightOfString(header, options));
      doc.text(header, x + 2, top, { ...options, lineBreak: !fitsOneLine(doc, header, column.width - 4) });
      x += column.width;
    }
    const y = top + Math.max(11, tallest + 2);
    doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.width - PAGE.margin, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.y = y + 3;
    doc.font('Helvetica').fontSize(TABLE_FONT_SIZE).fillColor(COLORS.text);
  };
  ensureSpace(doc, ROW_HEIGHT * 3);
  drawHeader();
  const bottom = PAGE.height - PAGE.margin - FOOTER_HEIGHT;
  const detailWidth = CONTENT_WIDTH - 16;
  rows.forEach((row, index) => {
    const cells = columns.map((column, i) => {
      const text = pdfText(row[i] ?? '');
      return column.wrap ? text : clip(doc, text, column.width - 4);
    });
    let cellsHeight = ROW_HEIGHT;
    columns.forEach((column, i) => {
      const text = cells[i] ?? '';
      if (column.wrap && !fitsOneLine(doc, text, column.width - 4)) {
        const height = doc.heightOfString(text, { width: column.width - 4, lineGap: LINE_GAP }) + 3;
        if (height > cellsHeight) cellsHeight = height;
      }
    });
    const detail = pdfText(options.details?.[index] ?? '');
    const detailHeight = detail ? doc.heightOfString(detail, { width: detailWidth, lineGap: LINE_GAP }) + 2 : 0;
    const height = cellsHeight + detailHeight;
    if (doc.y + height > bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (index % 2 === 1)
      doc
        .rect(PAGE.margin, y - 2, CONTENT_WIDTH, height)
        .fill(COLORS.fill)
        .fillColor(COLORS.text);
    let x = PAGE.margin;
    columns.forEach((column, i) => {
      doc.text(cells[i] ?? '', x + 2, y, {
        width: column.width - 4,
        align: column.align ?? 'left',
        lineBreak: column.wrap === true,
        lineGap: LINE_GAP,
      });
      x += column.width;
    });
    if (detail) {
      doc.fillColor(COLORS.muted).text(detail, PAGE.margin + 14, y + cellsHeight - 1, {
        width: detailWidth,
        lineGap: LINE_GAP,
      });
      doc.fillColor(COLORS.text);
    }
    doc.y = y + height;
  });
  doc.x = PAGE.margin;
}

/** No glyph our text uses is wider than 1 em in Helvetica (W is 0.94): strings that short skip measuring. */
function fitsOneLine(doc: Doc, text: string, width: number): boolean {
  return text === '' || text.length * TABLE_FONT_SIZE <= width || doc.widthOfString(text) <= width;
}

function clip(doc: Doc, text: string, width: number): string {
  if (fitsOneLine(doc, text, width)) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end)}…`;
}

/** Writes the running footer on every buffered page: disclaimer, generation date, "Page n of N". */
/** The footer's words: the report line ("Knead report · … · generated …") and "Page n of N". */
export interface FooterWords {
  line: string;
  page: (page: number, pages: number) => string;
}

export function drawFooters(doc: Doc, disclaimer: string, words: FooterWords): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit add a page.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = PAGE.height - PAGE.margin - FOOTER_HEIGHT + 10;
    doc
      .moveTo(PAGE.margin, top)
      .lineTo(PAGE.width - PAGE.margin, top)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
    doc.text(pdfText(disclaimer), PAGE.margin, top + 5, { width: CONTENT_WIDTH, lineBreak: true, height: 20 });
    const bottomLine = top + 28;
    doc.text(pdfText(words.line), PAGE.margin, bottomLine, {
      width: CONTENT_WIDTH / 2 + 60,
      lineBreak: false,
    });
    doc.text(pdfText(words.page(i - range.start + 1, range.count)), PAGE.margin, bottomLine, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = savedBottom;
  }
}

/** Collects the PDF stream into one Buffer; resolves after `doc.end()`. Call before drawing. */
export function collectDocument(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
