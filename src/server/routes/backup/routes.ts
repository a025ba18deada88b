import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../app/errors';
import { EXPORT_FORMATS } from '../../../app/export-formats';
import type { Knead } from '../../../app/knead';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';

const ExportQuerySchema = z.strictObject({ format: z.string().max(20).default('json') });
const ImportResultSchema = z.object({
  imported: z.object({
    episodes: z.number(),
    checkins: z.number(),
    sessions: z.number(),
    existing: z.number().describe('how many of them were already in the journal (by id)'),
  }),
});
/** A buffered import (CSV) may be this large; the JSON backup import streams and allows far more. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
/** The streamed JSON backup's upper bound: years of guided sessions (~21 KB each) are a few hundred MB. */
export const BACKUP_IMPORT_LIMIT = 1024 * 1024 * 1024;

const tooLarge = (limit: number) =>
  new AppError('body-too-large', 413, `a backup may be at most ${limit} bytes; nothing was imported`);

/** The body's bytes as they arrive, failing once more than `limit` have come (the declared length is checked first). */
async function* limitBytes(body: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(limit);
    yield chunk;
  }
}

/** Reads and discards the rest of a body the import stopped reading, so the client gets the answer, not a reset. */
async function drain(body: Readable, limit: number): Promise<void> {
  let total = 0;
  body.on('data', (chunk: Uint8Array) => {
    total += chunk.byteLength;
    if (total > limit) body.destroy();
  });
  body.resume();
  await finished(body).catch(() => undefined);
}

/** GET /export?format= and POST /import (the lossless knead-backup JSON, streamed both ways; all or nothing). */
export function registerBackupRoutes(
  app: ZodApp,
  knead: Knead,
  auth: onRequestAsyncHookHandler,
  importLimit = BACKUP_IMPORT_LIMIT,
): void {
  app.get('/export', {
    onRequest: auth,
    schema: {
      tags: ['backup'],
      summary: `Export the journal (format: ${Object.keys(EXPORT_FORMATS).join(', ')}; json also carries the report profile)`,
      querystring: ExportQuerySchema,
      response: {
        200: z.unknown().describe('the journal in the chosen format'),
        400: ProblemSchema,
        401: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const { format, body } = await knead.exportAs(request.userId as string, request.query.format);
      const day = new Date().toISOString().slice(0, 10);
      return (
        reply
          .type(`${format.mediaType}; charset=utf-8`)
          .header('content-disposition', `attachment; filename="knead-${day}.${format.extension}"`)
          // A byte stream buffers ~16 KiB ahead; an object stream would read 16 pages of records ahead.
          .send(Readable.from(body, { objectMode: false }))
      );
    },
  });
  // Its own scope: only this route hands the raw JSON body to the incremental reader instead of buffering it.
  app.register(async (scope: ZodApp) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', (_request, payload, done) => done(null, payload));
    scope.post('/import', {
      onRequest: auth,
      schema: {
        tags: ['backup'],
        summary:
          'Import a knead-backup file, streamed (idempotent by id, all or nothing; at most 1 GiB); its report profile, when it has one, replaces yours',
        body: z.unknown().describe('a knead-backup document, as GET /export writes it'),
        response: {
          200: ImportResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          409: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
      handler: async (request) => {
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > importLimit) throw tooLarge(importLimit);
        // Only application/json reaches the streaming parser; any other type (text/plain: a no-cors cross-site post)
        // is refused, as every write accepts only its documented types.
        if (!(request.body instanceof Readable)) {
          throw new AppError('unsupported-media-type', 415, 'a backup import must be sent as application/json');
        }
        const raw = request.body;
        // Stopping early must not destroy the socket: the 400 naming the bad record still has to be sent.
        const body = limitBytes(raw.iterator({ destroyOnReturn: false }), importLimit);
        try {
          return await knead.importBackupStream(request.userId as string, body);
        } catch (error) {
          if (!raw.readableEnded) await drain(raw, importLimit);
          throw error;
        }
      },
    });
  });
}
