/** Opaque page cursor: the sort key (time, id) of the last row of the previous page. */
export function encodeCursor(time: string, id: string): string {
  return Buffer.from(`${time}|${id}`, 'utf8').toString('base64url');
}

/** Returns null for a cursor that was not made by `encodeCursor` (the caller answers 400). */
export function decodeCursor(cursor: string): { time: string; id: string } | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const bar = text.lastIndexOf('|');
  if (bar <= 0) return null;
  const time = text.slice(0, bar);
  const id = text.slice(bar + 1);
  if (!/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(Date.parse(time))) return null;
  return { time, id };
}
