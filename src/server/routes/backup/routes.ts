import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../../../app/export-formats';
import type { Knead } from '../../../app/knead';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';

const ExportQuerySchema = z.strictObject({ format: z.string().max(20).default('json') });
const ImportResultSchema = z.object({
  imported: z.object({ episodes: z.number(), checkins: z.number(), sessions: z.number() }),
});
/** A 10-year journal is a few MB; the import route alone accepts bodies this large. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/** GET /export?format= and POST /import (the lossless knead-backup JSON; all or nothing). */
export function registerBackupRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  app.get('/export', {
    onRequest: auth,
    schema: {
      tags: ['backup'],
      summary: `Export the journal (format: ${Object.keys(EXPORT_FORMATS).join(', ')})`,
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
      return reply
        .type(`${format.mediaType}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="knead-${day}.${format.extension}"`)
        .send(body);
    },
  });
  app.post('/import', {
    onRequest: auth,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['backup'],
      summary: 'Import a knead-backup file (idempotent by id, all or nothing)',
      body: z.unknown().describe('a knead-backup document, as GET /export writes it'),
      response: { 200: ImportResultSchema, 400: ProblemSchema, 401: ProblemSchema, 409: ProblemSchema },
    },
    handler: (request) => knead.importBackup(request.userId as string, request.body),
  });
}
