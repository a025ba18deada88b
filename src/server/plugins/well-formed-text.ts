import type { FastifyInstance } from 'fastify';
import { AppError } from '../../app/errors';

const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** The dotted path (`[n]` for list items) of the first string or key holding a lone UTF-16 surrogate, else null. */
export function findLoneSurrogate(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path || '(body)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isWellFormed(key)) return at;
    const found = findLoneSurrogate(item, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * JSON's \uD800 escapes survive JSON.parse, and the database would silently store U+FFFD instead; every body and
 * query is checked once here, before validation, so the client learns which field to fix.
 */
export function registerWellFormedText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['query', request.query],
    ] as const) {
      const path = findLoneSurrogate(value);
      if (path === null) continue;
      throw new AppError(
        'unstorable-value',
        400,
        `the request ${part} holds a lone surrogate (not valid Unicode text)`,
        [{ path, message: 'contains a lone UTF-16 surrogate; send well-formed Unicode text' }],
      );
    }
  });
}
