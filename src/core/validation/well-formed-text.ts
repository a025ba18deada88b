/** Lone UTF-16 surrogates: JSON's \uD800 escapes survive JSON.parse, and the database would store U+FFFD instead. */

const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The dotted path (`[n]` for list items) of the first string or key holding a lone UTF-16 surrogate, else null.
 * Only parsed JSON is walked (strings, arrays, plain objects): a stream or other instance is not a parsed value.
 */
export function findLoneSurrogate(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path || '(body)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isWellFormed(key)) return at;
    const found = findLoneSurrogate(item, at);
    if (found !== null) return found;
  }
  return null;
}

export const LONE_SURROGATE_MESSAGE = 'contains a lone UTF-16 surrogate; send well-formed Unicode text';

/** A value holds a lone surrogate at `path` (the database cannot store it faithfully). */
export class LoneSurrogateError extends Error {
  constructor(readonly path: string) {
    super(`${path} ${LONE_SURROGATE_MESSAGE}`);
    this.name = 'LoneSurrogateError';
  }
}
