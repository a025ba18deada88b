import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { PROFILE_LIMITS } from '../../../core/patient-profile';
import { clearSessionCookies, csrfTokenFor, identify } from '../../plugins/auth';
import type { ZodApp } from '../../types';
import { NoContent, ProblemSchema } from '../journal/schema';

const MeSchema = z.object({
  mode: z.enum(['local', 'server']),
  user: z
    .object({
      id: z.string(),
      email: z.string().nullable(),
      twoFactor: z.boolean(),
      clinician: z
        .boolean()
        .describe('A clinician account (POST /me/clinician): it can invite clients and open the dashboard'),
    })
    .nullable(),
  csrfToken: z.string().optional(),
});

const ProfileSchema = z.object({
  displayName: z.string().optional(),
  dateOfBirth: z.string().optional(),
  identifier: z.string().optional(),
});
/** The shape for OpenAPI; the use case checks the values (a birth date not in the future, bounded lengths). */
const ProfileBodySchema = z
  .strictObject({
    displayName: z.string().describe(`Shown on reports; at most ${PROFILE_LIMITS.displayName} characters`),
    dateOfBirth: z.string().describe(`YYYY-MM-DD, not in the future, on or after ${PROFILE_LIMITS.earliestBirth}`),
    identifier: z.string().describe(`An NHS number, a clinic id…; at most ${PROFILE_LIMITS.identifier} characters`),
  })
  .partial();

/**
 * GET /me (who am I, which mode), GET/PUT /me/profile (details for the clinician's report), DELETE /me/data (all
 * my journal data), DELETE /me (my account).
 */
export function registerMeRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  app.get('/me', {
    schema: {
      tags: ['account'],
      summary: 'The mode and the signed-in user (null when signed out)',
      response: { 200: MeSchema },
    },
    handler: async (request) => {
      const who = await identify(knead, request);
      // The care-team workspace exists in accounts mode only: the local user is never a clinician.
      const [user, clinician] = who
        ? await Promise.all([
            knead.accounts.findUser(who.userId),
            knead.mode === 'server' ? knead.careTeam.isClinician(who.userId) : false,
          ])
        : [null, false];
      return {
        mode: knead.mode,
        user: user ? { id: user.id, email: user.email, twoFactor: user.twoFactor, clinician } : null,
        ...(who?.via === 'cookie' ? { csrfToken: csrfTokenFor(who.session) } : {}),
      };
    },
  });
  app.get('/me/profile', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: "Details for the clinician's report (only the fields given; {} before any)",
      response: { 200: ProfileSchema, 401: ProblemSchema },
    },
    handler: async (request) => knead.profile.get(request.userId as string),
  });
  app.put('/me/profile', {
    onRequest: auth,
    schema: {
      tags: ['account'],
      summary: "Replace the details for the clinician's report (all optional; an empty or missing field is cleared)",
      body: ProfileBodySchema,
      response: { 200: ProfileSchema, 400: ProblemSchema, 401: ProblemSchema },
    },
    handler: async (request) => knead.profile.save(request.userId as string, request.body),
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
