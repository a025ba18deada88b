import type { onRequestAsyncHookHandler } from 'fastify';
import type { Knead } from '../../../app/knead';
import { InsightsSchema } from '../../../core/insights/index';
import { DayRangeSchema } from '../../../core/journal';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { insightsInReadersLanguage } from './language';

/** GET /insights?from=&to= (local days, inclusive). */
export function registerInsightsRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  app.get('/insights', {
    onRequest: auth,
    schema: {
      tags: ['insights'],
      summary: 'Trends, trigger associations, massage effectiveness and escalation alerts',
      description:
        'The alerts follow Accept-Language (Content-Language names it), worded from their `facts`; without it, en-GB.',
      querystring: DayRangeSchema,
      response: { 200: InsightsSchema, 400: ProblemSchema, 401: ProblemSchema },
    },
    handler: async (request, reply) =>
      insightsInReadersLanguage(await knead.insights(request.userId as string, request.query), request, reply),
  });
}
