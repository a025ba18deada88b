import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { clearSessionCookies, readSessionCookie, setSessionCookies } from '../../plugins/auth';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';

// Validation (email format, password length) happens in the use case so sign-in and sign-up share it.
const CredentialsBody = z.object({ email: z.string(), password: z.string() }).describe('email and password');
const SignedInSchema = z.object({ user: z.object({ id: z.string(), email: z.string() }), csrfToken: z.string() });
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' };

/** Accounts mode: sign-up, sign-in (rate-limited) and sign-out with an HttpOnly session cookie. */
export function registerAuthRoutes(app: ZodApp, knead: Knead): void {
  for (const action of ['signup', 'signin'] as const) {
    app.post(`/auth/${action}`, {
      config: { rateLimit: SIGN_IN_LIMIT },
      schema: {
        tags: ['account'],
        summary: action === 'signup' ? 'Create an account and sign in' : 'Sign in',
        body: CredentialsBody,
        response: {
          200: SignedInSchema,
          201: SignedInSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          409: ProblemSchema,
        },
      },
      handler: async (request, reply) => {
        const signed = await knead.accounts[action](request.body);
        const csrfToken = setSessionCookies(request, reply, signed.sessionToken, signed.expiresAt);
        return reply.code(action === 'signup' ? 201 : 200).send({ user: signed.user, csrfToken });
      },
    });
  }
  app.post('/auth/signout', {
    schema: { tags: ['account'], summary: 'Sign out (ends this session)' },
    handler: async (request, reply) => {
      const session = readSessionCookie(request);
      if (session) await knead.accounts.signout(session);
      clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  });
}
