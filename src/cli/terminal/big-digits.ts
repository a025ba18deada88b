/** A 5-row block font for the countdown: readable from arm's length during a stretch. */
const FONT: Record<string, readonly string[]> = {
  '0': ['████', '█  █', '█  █', '█  █', '████'],
  '1': ['  █ ', ' ██ ', '  █ ', '  █ ', ' ███'],
  '2': ['████', '   █', '████', '█   ', '████'],
  '3': ['████', '   █', ' ███', '   █', '████'],
  '4': ['█  █', '█  █', '████', '   █', '   █'],
  '5': ['████', '█   ', '████', '   █', '████'],
  '6': ['████', '█   ', '████', '█  █', '████'],
  '7': ['████', '   █', '  █ ', ' █  ', ' █  '],
  '8': ['████', '█  █', '████', '█  █', '████'],
  '9': ['████', '█  █', '████', '   █', '████'],
  ':': ['    ', ' ██ ', '    ', ' ██ ', '    '],
};

/**
 * Renders digits and colons as 5 lines of block characters.
 * @example renderBigText('1')[0] // '  █ '
 */
export function renderBigText(text: string): string[] {
  const rows = ['', '', '', '', ''];
  [...text].forEach((char, index) => {
    const glyph = FONT[char] ?? ['    ', '    ', '    ', '    ', '    '];
    for (let row = 0; row < 5; row += 1) rows[row] += (index > 0 ? ' ' : '') + glyph[row];
  });
  return rows;
}

/** Seconds as m:ss, rounding up so the display reaches 0:00 only at the end. @example formatClock(61_000) // '1:01' */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A text progress bar of `width` cells. @example renderProgressBar(0.5, 4) // '██░░' */
export function renderProgressBar(progress: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
