import { z } from 'zod';
import { TokenRequestSchema } from '../../../app/accounts';
import type { Knead } from '../../../app/knead';
import { TOKEN_SCOPES } from '../../../core/repositories';
import { authenticate } from '../../plugins/auth';
import { authContext } from '../../plugins/auth-context';
import type { ZodApp } from '../../types';
import { NoContent, ProblemSchema } from '../journal/schema';

const TokenSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  expiresAt: z.string().nullable(),
});

/** Personal API tokens for integrations: shown once, stored hashed, scoped, expiring, revocable. Managed from a
 *  signed-in browser only (a token cannot mint more tokens). */
export function registerTokenRoutes(app: ZodApp, knead: Knead): void {
  const auth = authenticate(knead, { sessionOnly: true });
  app.post('/tokens', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'Create an API token: scopes read and/or journal:write, expiry in days (default 90); shown only once',
      body: TokenRequestSchema,
      response: {
        201: TokenSummarySchema.pick({ id: true, name: true, scopes: true, expiresAt: true }).extend({
          token: z.string(),
        }),
        401: ProblemSchema,
        403: ProblemSchema,
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await knead.accounts.createToken(request.userId as string, request.body, authContext(request))),
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
      await knead.accounts.revokeToken(request.userId as string, request.params.id, authContext(request));
      return reply.code(204).send(null);
    },
  });
}
