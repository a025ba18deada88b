import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { TokenRequestSchema } from '../../../app/accounts';
import type { Knead } from '../../../app/knead';
import type { ZodApp } from '../../types';
import { NoContent, ProblemSchema } from '../journal/schema';

const TokenSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

/** Personal API tokens for integrations: shown once, stored hashed, revocable. */
export function registerTokenRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  app.post('/tokens', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'Create an API token (the token is shown only in this response)',
      body: TokenRequestSchema,
      response: { 201: z.object({ id: z.string(), name: z.string(), token: z.string() }), 401: ProblemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await knead.accounts.createToken(request.userId as string, request.body)),
  });
  app.get('/tokens', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'List my API tokens',
      response: { 200: z.array(TokenSummarySchema), 401: ProblemSchema },
    },
    handler: (request) => knead.accounts.listTokens(request.userId as string),
  });
  app.delete('/tokens/:id', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'Revoke an API token',
      params: z.strictObject({ id: z.uuid() }),
      response: { 204: NoContent, 401: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.accounts.revokeToken(request.userId as string, request.params.id);
      return reply.code(204).send(null);
    },
  });
}
