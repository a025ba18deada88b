import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { TwoFactorCodeSchema } from '../../../app/two-factor';
import { authenticate, readSessionCookie } from '../../plugins/auth';
import { authContext } from '../../plugins/auth-context';
import type { ZodApp } from '../../types';
import { NoContent, ProblemSchema } from '../journal/schema';

const SessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
const Problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** Password change, the session list with sign-out, and TOTP two-factor: a signed-in browser only, never a token. */
export function registerAccountSecurityRoutes(app: ZodApp, knead: Knead): void {
  const onRequest = authenticate(knead, { sessionOnly: true });
  const me = (request: { userId: string | null }) => request.userId as string;
  const cookie = (request: FastifyRequest) => readSessionCookie(request) ?? null;

  app.post('/auth/password', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Change my password (needs the current one; signs out my other sessions)',
      body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
      response: { 204: NoContent, ...Problems, 429: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.accounts.changePassword(me(request), cookie(request), request.body, authContext(request));
      return reply.code(204).send(null);
    },
  });
  app.get('/auth/sessions', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'My signed-in sessions (created, last used, browser)',
      response: { 200: z.array(SessionSchema), ...Problems },
    },
    handler: (request) => knead.accounts.listSessions(me(request), cookie(request)),
  });
  app.delete('/auth/sessions/:id', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Sign out one of my sessions',
      params: z.strictObject({ id: z.uuid() }),
      response: { 204: NoContent, ...Problems, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.accounts.revokeSession(me(request), request.params.id, authContext(request));
      return reply.code(204).send(null);
    },
  });
  app.delete('/auth/sessions', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Sign out all my other sessions (this one stays)',
      response: { 200: z.object({ ended: z.number() }), ...Problems },
    },
    handler: async (request) => ({
      ended: await knead.accounts.revokeOtherSessions(me(request), cookie(request), authContext(request)),
    }),
  });
  app.post('/auth/2fa/setup', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Start two-factor setup: a TOTP secret and otpauth:// URI for an authenticator app',
      response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...Problems, 409: ProblemSchema },
    },
    handler: (request) => knead.accounts.twoFactor.setup(me(request)),
  });
  app.post('/auth/2fa/confirm', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Turn two-factor on with a current code; answers the recovery codes (shown once)',
      body: TwoFactorCodeSchema,
      response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...Problems, 409: ProblemSchema },
    },
    handler: (request) => knead.accounts.twoFactor.confirm(me(request), request.body, authContext(request)),
  });
  app.post('/auth/2fa/disable', {
    onRequest,
    schema: {
      tags: ['account'],
      summary: 'Turn two-factor off (needs the password and a code)',
      body: z.object({ password: z.string(), code: z.string() }),
      response: { 204: NoContent, ...Problems },
    },
    handler: async (request, reply) => {
      await knead.accounts.twoFactor.disable(me(request), request.body, authContext(request));
      return reply.code(204).send(null);
    },
  });
}
