/** A minimal stream/env view so colour detection is testable without a real terminal. */
export interface ColorTarget {
  isTTY?: boolean;
}

/**
 * Colour only on a TTY, never when NO_COLOR is set (https://no-color.org) or TERM is dumb.
 * @example shouldUseColor({ isTTY: true }, { NO_COLOR: '1' }) // false
 */
export function shouldUseColor(stream: ColorTarget, env: Record<string, string | undefined>): boolean {
  if (!stream.isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  inverse(text: string): string;
}

function wrapSgr(enabled: boolean, open: number, close: number): (text: string) => string {
  return enabled ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => text;
}

/** ANSI styling that collapses to plain text when colour is off. @example createStyle(false).red('x') // 'x' */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrapSgr(enabled, 1, 22),
    dim: wrapSgr(enabled, 2, 22),
    red: wrapSgr(enabled, 31, 39),
    green: wrapSgr(enabled, 32, 39),
    yellow: wrapSgr(enabled, 33, 39),
    cyan: wrapSgr(enabled, 36, 39),
    inverse: wrapSgr(enabled, 7, 27),
  };
}

/** Removes ANSI escape sequences (for measuring and for tests). @example stripAnsi('\x1b[1mhi\x1b[22m') // 'hi' */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ESC is the point
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}
