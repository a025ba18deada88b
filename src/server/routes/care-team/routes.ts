import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { PlanLanguage } from '../../../app/assigned-plans';
import type { Knead } from '../../../app/knead';
import { InsightsSchema } from '../../../core/insights/index';
import { DayRangeSchema, EpisodeInputSchema } from '../../../core/journal';
import { AcceptLanguageHeaderSchema, CountryQuerySchema, requestLanguage, translatorFor } from '../../request-language';
import type { ZodApp } from '../../types';
import { insightsInReadersLanguage } from '../insights/language';
import { IdParamsSchema, ListQuerySchema, NoContent, ProblemSchema, pageOf, Stamps } from '../journal/schema';
import { sendReport } from '../reports/routes';
import {
  AuditSchema,
  CheckBodySchema,
  ClientParamsSchema,
  DashboardSchema,
  InviteBodySchema,
  InviteSchema,
  LinkSchema,
  LinksSchema,
  PlanParamsSchema,
  RedeemBodySchema,
  StoredPlanSchema,
  TherapistPlanSchema,
} from './schema';

const TAGS = ['care-team'];
/** The signed-in user (auth has run: routes here always have one). */
const me = (request: { userId: string | null }) => request.userId as string;
const NOT_LINKED = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/**
 * Accounts mode: the care-team workspace (decision 0023). A clinician reaches a client only through a live link
 * the client holds; an unlinked or revoked client answers 404, like a client that does not exist.
 */
export function registerCareTeamRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  const { careTeam, assignedPlans } = knead;

  app.post('/me/clinician', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Make my account a clinician account (it can then invite clients)',
      response: { 200: z.object({ clinician: z.literal(true) }), 401: ProblemSchema },
    },
    handler: (request) => careTeam.becomeClinician(me(request)),
  });
  app.post('/care-team/invites', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Create a one-time invite code for a client (shown once; only its hash is kept; expires)',
      body: InviteBodySchema,
      response: { 201: InviteSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await careTeam.createInvite(me(request), request.body)),
  });
  app.post('/care-team/links', {
    onRequest: auth,
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags: TAGS,
      summary:
        'Redeem an invite code: link my account to the clinician who made it (I share journal and insights read-only, and plans)',
      body: RedeemBodySchema,
      response: { 201: LinkSchema, 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await careTeam.redeemInvite(me(request), request.body)),
  });
  app.delete('/care-team/links/:id', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Revoke my link to a clinician: from this moment they can read nothing more',
      params: IdParamsSchema,
      response: { 204: NoContent, 401: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      await careTeam.revokeLink(me(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
  const userGet = <T extends z.ZodType>(
    path: string,
    summary: string,
    ok: T,
    read: (userId: string) => Promise<z.input<T>>,
    errors: Record<number, z.ZodType> = { 401: ProblemSchema },
  ) =>
    app.get(path, {
      onRequest: auth,
      schema: { tags: TAGS, summary, response: { 200: ok, ...errors } },
      // The generic response type defeats the provider's inference; the schema still checks every answer.
      handler: (request) => read(me(request)) as never,
    });
  userGet(
    '/care-team/links',
    'My links: to my clinicians (as a client) and to my clients (as a clinician), revoked ones included',
    LinksSchema,
    careTeam.listLinks,
  );
  userGet(
    '/care-team/audit',
    'Every read of my data by a clinician: who, when, and what',
    AuditSchema,
    careTeam.listAudit,
  );
  userGet(
    '/care-team/dashboard',
    'My linked clients, who needs attention first: alerts, then falling adherence, then a rising trend',
    DashboardSchema,
    careTeam.dashboard,
    { 401: ProblemSchema, 403: ProblemSchema },
  );
  app.get('/me/therapist-plans', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Your therapist’s plans, each gated by your current assessment (needs-check without a recent one)',
      description: LANGUAGE_NOTE,
      headers: AcceptLanguageHeaderSchema,
      querystring: CountryQuerySchema,
      response: { 200: z.array(TherapistPlanSchema), 400: ProblemSchema, 401: ProblemSchema },
    },
    handler: async (request, reply) =>
      assignedPlans.listMyPlans(me(request), await planLanguageOf(request, reply)) as never,
  });
  registerClientReads(app, knead, auth);
  app.post('/me/therapist-plans/:id/check', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Start a run: the red-flag screen and assessment of this situation decide full, reduced or blocked',
      description: LANGUAGE_NOTE,
      headers: AcceptLanguageHeaderSchema,
      querystring: CountryQuerySchema,
      params: IdParamsSchema,
      body: CheckBodySchema,
      response: {
        200: TherapistPlanSchema.extend({ assessment: z.unknown() }),
        400: ProblemSchema,
        401: ProblemSchema,
        404: ProblemSchema,
      },
    },
    handler: async (request, reply) =>
      assignedPlans.checkMyPlan(me(request), request.params.id, request.body, await planLanguageOf(request, reply)),
  });
}

/** A clinician's read-only views of one linked client, each audited, and the plans they assign. */
function registerClientReads(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  const { careTeam, assignedPlans } = knead;
  app.get('/care-team/clients/:clientId/insights', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'A linked client’s insights (read-only; audited)',
      params: ClientParamsSchema,
      querystring: DayRangeSchema,
      response: { 200: InsightsSchema, 400: ProblemSchema, ...NOT_LINKED },
    },
    handler: async (request, reply) => {
      await careTeam.authorizeRead(me(request), request.params.clientId, 'insights');
      return insightsInReadersLanguage(await knead.insights(request.params.clientId, request.query), request, reply);
    },
  });
  app.get('/care-team/clients/:clientId/episodes', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'A linked client’s episodes, newest first (read-only; audited)',
      params: ClientParamsSchema,
      querystring: ListQuerySchema,
      response: { 200: pageOf(EpisodeInputSchema.extend(Stamps)), 400: ProblemSchema, ...NOT_LINKED },
    },
    handler: async (request) => {
      await careTeam.authorizeRead(me(request), request.params.clientId, 'episodes');
      return knead.episodes.list(request.params.clientId, request.query);
    },
  });
  for (const format of ['pdf', 'html'] as const) {
    app.get(`/care-team/clients/:clientId/report.${format}`, {
      onRequest: auth,
      schema: {
        tags: TAGS,
        summary: `A linked client’s clinician report (${format.toUpperCase()}; audited)`,
        params: ClientParamsSchema,
        querystring: DayRangeSchema,
        response: { 400: ProblemSchema, ...NOT_LINKED },
      },
      handler: async (request, reply) => {
        const { clientId } = request.params;
        await careTeam.authorizeRead(me(request), clientId, `report.${format}`);
        const body =
          format === 'pdf'
            ? await knead.reports.reportPdf(clientId, request.query)
            : await knead.reports.reportHtml(clientId, request.query);
        return sendReport(reply, format, body, 'knead-client-report');
      },
    });
  }
  app.get('/care-team/clients/:clientId/plans', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'The plans I assigned to a linked client',
      params: ClientParamsSchema,
      response: { 200: z.array(StoredPlanSchema), ...NOT_LINKED },
    },
    handler: (request) => assignedPlans.listAssignedPlans(me(request), request.params.clientId),
  });
  app.post('/care-team/clients/:clientId/plans', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Assign a home-care plan for a region (each step within the article’s safe bounds)',
      params: ClientParamsSchema,
      body: z.unknown().describe('an AssignedPlan: region, steps, sessionsPerWeek, note'),
      response: { 201: StoredPlanSchema, 400: ProblemSchema, ...NOT_LINKED },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await assignedPlans.assignPlan(me(request), request.params.clientId, request.body)),
  });
  app.put('/care-team/clients/:clientId/plans/:planId', {
    onRequest: auth,
    schema: {
      tags: TAGS,
      summary: 'Replace a plan I assigned',
      params: PlanParamsSchema,
      body: z.unknown().describe('an AssignedPlan'),
      response: { 200: StoredPlanSchema, 400: ProblemSchema, ...NOT_LINKED },
    },
    handler: (request) =>
      assignedPlans.updatePlan(me(request), request.params.clientId, request.params.planId, request.body),
  });
}

const LANGUAGE_NOTE =
  'The gate’s reason and the steps follow Accept-Language (Content-Language names it) with the care words of `country`; without either, en-GB as before.';

/** The reader's language for a therapist-plan answer, or none when the request asks for none (today's en-GB). */
async function planLanguageOf(request: FastifyRequest, reply: FastifyReply): Promise<PlanLanguage | undefined> {
  const language = requestLanguage(request);
  if (language.isDefault) return undefined;
  reply.header('content-language', language.locale).header('vary', 'accept-language');
  return { t: await translatorFor(language.locale), place: { country: language.country } };
}
