import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { clearSessionCookies, csrfTokenFor, identify } from '../../plugins/auth';
import type { ZodApp } from '../../types';
import { NoContent, ProblemSchema } from '../journal/schema';

const MeSchema = z.object({
  mode: z.enum(['local', 'server']),
  user: z.object({ id: z.string(), email: z.string().nullable(), twoFactor: z.boolean() }).nullable(),
  csrfToken: z.string().optional(),
});

/** GET /me (who am I, which mode), DELETE /me/data (all my journal data), DELETE /me (my account). */
export function registerMeRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  app.get('/me', {
    schema: {
      tags: ['account'],
      summary: 'The mode and the signed-in user (null when signed out)',
      response: { 200: MeSchema },
    },
    handler: async (request) => {
      const who = await identify(knead, request);
      const user = who ? await knead.accounts.findUser(who.userId) : null;
      return {
        mode: knead.mode,
        user: user ? { id: user.id, email: user.email, twoFactor: user.twoFactor } : null,
        ...(who?.via === 'cookie' ? { csrfToken: csrfTokenFor(who.session) } : {}),
      };
    },
  });
  app.delete('/me/data', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'Delete all my journal data',
      response: { 204: NoContent, 401: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.deleteMyData(request.userId as string);
      return reply.code(204).send(null);
    },
  });
  if (knead.mode !== 'server') return;
  app.delete('/me', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: 'Delete my account and all its data',
      response: { 204: NoContent, 401: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.accounts.deleteAccount(request.userId as string);
      clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  });
}
