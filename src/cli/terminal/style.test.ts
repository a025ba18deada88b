import { describe, expect, it } from 'vitest';
import { createStyle, shouldUseColor, stripAnsi } from './style';

describe('terminal style', () => {
  it('uses colour only on a TTY, honouring NO_COLOR and TERM=dumb', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('emits ANSI codes only when enabled', () => {
    expect(createStyle(false).red('stop')).toBe('stop');
    expect(createStyle(true).red('stop')).toBe('\x1b[31mstop\x1b[39m');
    expect(stripAnsi(createStyle(true).bold(createStyle(true).green('ok')))).toBe('ok');
  });
});
