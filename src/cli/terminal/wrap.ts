/**
 * Word-wraps text to `width` columns (words longer than the width are split), keeping paragraphs.
 * @example wrapText('a b c', 3) // ['a b', 'c']
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(1, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const raw of paragraph.split(/\s+/).filter(Boolean)) {
      let word = raw;
      while (word.length > room) {
        if (line) lines.push(indent + line);
        lines.push(indent + word.slice(0, room));
        word = word.slice(room);
        line = '';
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= room) line += ` ${word}`;
      else {
        lines.push(indent + line);
        line = word;
      }
    }
    lines.push(indent + line);
  }
  return lines;
}

/** A list item wrapped with a hanging indent. @example wrapBullet('- ', 'a b', 5) // ['- a b'] */
export function wrapBullet(bullet: string, text: string, width: number): string[] {
  const [first = '', ...rest] = wrapText(text, width - bullet.length);
  return [bullet + first, ...rest.map((line) => ' '.repeat(bullet.length) + line)];
}
