import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { clearSessionCookies, readSessionCookie, setSessionCookies } from '../../plugins/auth';
import { authContext } from '../../plugins/auth-context';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { registerAccountSecurityRoutes } from './account-routes';

// Validation (email format, password length) happens in the use case so sign-in and sign-up share it.
const SignUpBody = z.object({ email: z.string(), password: z.string() }).describe('email and password');
const SignInBody = z
  .object({ email: z.string(), password: z.string(), code: z.string().optional() })
  .describe('email, password, and the two-factor code when it is on');
const SignedInSchema = z.object({ user: z.object({ id: z.string(), email: z.string() }), csrfToken: z.string() });
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' };
const SIGNED_UP = 'If this email can be used, the account is ready: sign in with it now.';

/** Accounts mode: sign-up, sign-in (rate-limited per address and per account) and sign-out, plus account security. */
export function registerAuthRoutes(app: ZodApp, knead: Knead): void {
  app.post('/auth/signup', {
    config: { rateLimit: SIGN_IN_LIMIT },
    schema: {
      tags: ['account'],
      summary: 'Create an account (the same answer whether or not the email is taken; sign in next)',
      body: SignUpBody,
      response: { 202: z.object({ status: z.literal('accepted'), detail: z.string() }), 400: ProblemSchema },
    },
    handler: async (request, reply) => {
      await knead.accounts.signup(request.body, authContext(request));
      return reply.code(202).send({ status: 'accepted', detail: SIGNED_UP });
    },
  });
  app.post('/auth/signin', {
    config: { rateLimit: SIGN_IN_LIMIT },
    schema: {
      tags: ['account'],
      summary: 'Sign in (answers two-factor-required when a code is needed)',
      body: SignInBody,
      response: { 200: SignedInSchema, 400: ProblemSchema, 401: ProblemSchema, 429: ProblemSchema },
    },
    handler: async (request, reply) => {
      const signed = await knead.accounts.signin(request.body, authContext(request));
      const csrfToken = setSessionCookies(request, reply, signed.sessionToken, signed.expiresAt);
      return reply.code(200).send({ user: signed.user, csrfToken });
    },
  });
  app.post('/auth/signout', {
    schema: { tags: ['account'], summary: 'Sign out (ends this session)' },
    handler: async (request, reply) => {
      const session = readSessionCookie(request);
      if (session) await knead.accounts.signout(session, authContext(request));
      clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  });
  registerAccountSecurityRoutes(app, knead);
}
