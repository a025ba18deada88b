/** Colour only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function isColourEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  inverse: [7, 27],
} as const;
export type StyleName = keyof typeof CODES;

export type Styler = (name: StyleName, text: string) => string;

/** A styler that applies ANSI codes only when colour is on. */
export function createStyler(colour: boolean): Styler {
  return (name, text) => (colour ? `\x1b[${CODES[name][0]}m${text}\x1b[${CODES[name][1]}m` : text);
}

/**
 * Wrap text to `width` columns with a hanging indent.
 * @example wrapText('a b c', 3) // ['a b', 'c']
 */
export function wrapText(text: string, width = 80, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : `${indent}${word}`;
    if (candidate.length > width && line) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
