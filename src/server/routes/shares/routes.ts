import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import type { ZodApp } from '../../types';
import { IdParamsSchema, NoContent, ProblemSchema } from '../journal/schema';
import { sendReport } from '../reports/routes';

const ShareSchema = z.object({
  id: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  label: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});
const CreatedShareSchema = ShareSchema.extend({ token: z.string(), pdfPath: z.string(), htmlPath: z.string() });
const ListedShareSchema = ShareSchema.extend({ accesses: z.array(z.object({ at: z.string(), what: z.string() })) });
const CreateShareBodySchema = z
  .strictObject({
    from: z.string().optional(),
    to: z.string().optional(),
    label: z.string().optional(),
    expiresInDays: z.number().optional(),
  })
  .optional();
const TokenParamsSchema = z.strictObject({ token: z.string().max(200) });

/** Accounts mode: POST/GET/DELETE /shares, and the public, read-only GET /shared/:token/report.pdf|html. */
export function registerShareRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  const { shares } = knead;
  const strip = <T extends { userId?: string }>({ userId: _userId, ...rest }: T) => rest;
  app.post('/shares', {
    onRequest: auth,
    schema: {
      tags: ['shares'],
      summary: 'Create a read-only report link for a clinician (token shown once; expires; revocable)',
      body: CreateShareBodySchema,
      response: { 201: CreatedShareSchema, 400: ProblemSchema, 401: ProblemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(strip(await shares.createShare(request.userId as string, request.body))),
  });
  app.get('/shares', {
    onRequest: auth,
    schema: {
      tags: ['shares'],
      summary: 'Your share links and who opened them',
      response: { 200: z.array(ListedShareSchema), 401: ProblemSchema },
    },
    handler: async (request) => (await shares.listShares(request.userId as string)).map(strip),
  });
  app.delete('/shares/:id', {
    onRequest: auth,
    schema: {
      tags: ['shares'],
      summary: 'Revoke a share link',
      params: IdParamsSchema,
      response: { 204: NoContent, 401: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      await shares.revokeShare(request.userId as string, request.params.id);
      return reply.code(204).send(null);
    },
  });
  for (const format of ['pdf', 'html'] as const) {
    app.get(`/shared/:token/report.${format}`, {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['shares'],
        summary: `A shared clinician report (${format.toUpperCase()}), no sign-in; every access is logged`,
        params: TokenParamsSchema,
        response: { 404: ProblemSchema },
      },
      handler: async (request, reply) => {
        const body = await shares.openShared(request.params.token, format);
        reply.header('x-robots-tag', 'noindex, nofollow');
        return sendReport(reply, format, body, 'knead-shared-report');
      },
    });
  }
}
