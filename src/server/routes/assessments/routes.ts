import type { Knead } from '../../../app/knead';
import { AssessmentSchema } from '../../../core/assessment';
import { SituationSchema } from '../../../core/situation';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { ResponseCache } from './response-cache';

/** Distinct situations kept serialised (~12 KB each, so ~25 MB at most). */
const CACHE_CAPACITY = Number(process.env.KNEAD_ASSESSMENT_CACHE ?? 2_000);

/** POST /assessments: the triage verdict and plan for a Situation (public, no state). */
export function registerAssessmentRoutes(app: ZodApp, knead: Knead): void {
  const cache = new ResponseCache(Number.isInteger(CACHE_CAPACITY) && CACHE_CAPACITY >= 0 ? CACHE_CAPACITY : 0);
  app.post('/assessments', {
    schema: {
      tags: ['assessment'],
      summary: 'Assess a muscle spasm: care level, massage permission, reasons, plan and schedule',
      body: SituationSchema,
      response: { 200: AssessmentSchema, 400: ProblemSchema },
    },
    handler: async (request, reply) => {
      // The key is the validated Situation re-serialised, so unknown keys or invalid values never reach the cache.
      const bytes = cache.getOrCompute(JSON.stringify(request.body), () => knead.assess(request.body));
      return reply.type('application/json; charset=utf-8').send(bytes as never);
    },
  });
}
