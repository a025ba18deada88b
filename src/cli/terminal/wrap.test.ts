import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapBullet, wrapText } from './wrap';

describe('wrapText', () => {
  it('wraps on word boundaries and keeps paragraphs', () => {
    expect(wrapText('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('a\nb', 80)).toEqual(['a', 'b']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never exceeds the width and never loses a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 5, max: 80 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
        },
      ),
    );
  });

  it('hangs bullets', () => {
    expect(wrapBullet('• ', 'one two three', 9)).toEqual(['• one two', '  three']);
  });
});
