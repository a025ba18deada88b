import type { FastifyInstance } from 'fastify';
import { AppError } from '../../app/errors';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../core/validation/well-formed-text';

export { findLoneSurrogate };

/**
 * JSON's \uD800 escapes survive JSON.parse, and the database would silently store U+FFFD instead; every body and
 * query is checked once here, before validation, so the client learns which field to fix. The streamed
 * `POST /import` body is not parsed yet here: readBackupRecords checks each record as it arrives.
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
        [{ path, message: LONE_SURROGATE_MESSAGE }],
      );
    }
  });
}
