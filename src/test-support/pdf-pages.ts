/**
 * Reads a PDF back with poppler, independently of the writer: page images (pdftoppm) decoded to RGB pixels, and
 * every word with its box (pdftotext -bbox). For layout tests of the clinician report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** Whether poppler-utils (pdftoppm, pdftotext) is installed. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface RgbImage {
  width: number;
  height: number;
  /** 3 bytes a pixel, rows top to bottom. */
  rgb: Uint8Array;
}

export interface PageWords {
  width: number;
  height: number;
  words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[];
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes the 8-bit RGB, non-interlaced PNG that pdftoppm writes (the only kind this needs to read). */
export function decodePng(data: Buffer): RgbImage {
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const [depth, colour, , , interlace] = data.subarray(24, 29);
  if (depth !== 8 || colour !== 2 || interlace !== 0) throw new Error('expected an 8-bit RGB, non-interlaced PNG');
  const chunks: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(data.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 3;
  const rgb = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= 3 ? (rgb[y * stride + x - 3] as number) : 0;
      const up = y > 0 ? (rgb[(y - 1) * stride + x] as number) : 0;
      const upLeft = x >= 3 && y > 0 ? (rgb[(y - 1) * stride + x - 3] as number) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      rgb[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgb };
}

/** Every page as an image at `dpi` (pdftoppm -png), first page first; `keepIn` also writes the PNGs there. */
export function renderPages(pdf: Buffer, dpi: number, keepIn?: string): { png: Buffer; image: RgbImage }[] {
  const dir = mkdtempSync(join(tmpdir(), 'knead-pages-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'report.pdf'), join(dir, 'page')]);
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort((a, b) => Number(a.match(/(\d+)\.png$/)?.[1]) - Number(b.match(/(\d+)\.png$/)?.[1]));
    return files.map((name, index) => {
      const png = readFileSync(join(dir, name));
      if (keepIn) writeFileSync(join(keepIn, `sample-page-${index + 1}.png`), png);
      return { png, image: decodePng(png) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const decodeEntities = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? "'",
  );

/** Every word on every page with its box in PDF points, top-left origin (pdftotext -bbox). */
export function readWords(pdf: Buffer): PageWords[] {
  const dir = mkdtempSync(join(tmpdir(), 'knead-words-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'report.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
      width: Number(page[1]),
      height: Number(page[2]),
      words: [
        ...(page[3] ?? '').matchAll(
          /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
        ),
      ].map((word) => ({
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: decodeEntities(word[5] ?? ''),
      })),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
