/** Whether a retried create carries the record already stored (offline retries must stay idempotent). */

const SERVER_KEYS = new Set(['createdAt', 'updatedAt']);

/** JSON with sorted keys, absent and null members dropped: equal texts mean equal records. */
function canonical(value: unknown, top: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, false)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([key, member]) => member !== undefined && member !== null && !(top && SERVER_KEYS.has(key)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonical(member, false)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * True when two journal records hold the same content, whatever their key order, ignoring the server's timestamps.
 * @example isSameRecord({ id: 'a', notes: 'x', createdAt: '…' }, { notes: 'x', id: 'a' }) // true
 */
export function isSameRecord(a: unknown, b: unknown): boolean {
  return canonical(a, true) === canonical(b, true);
}
