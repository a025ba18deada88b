import type { Knead } from '../../../app/knead';
import { AssessmentSchema } from '../../../core/assessment';
import { SituationSchema } from '../../../core/situation';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { ResponseCache } from './response-cache';

/** Distinct situations kept serialised (~12 KB each, so ~25 MB at most). */
const CACHE_CAPACITY = Number(process.env.KNEAD_ASSESSMENT_CACHE ?? 2_000);

/** True when the client takes gzip (and has not refused it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  const match = header ? /(?:^|,)\s*gzip\s*(?:;\s*q\s*=\s*([0-9.]+))?/i.exec(header) : null;
  return match !== null && (match[1] === undefined || Number(match[1]) > 0);
}

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
      const entry = cache.getOrCompute(JSON.stringify(request.body), () => knead.assess(request.body));
      reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      const gzip = acceptsGzip(request.headers['accept-encoding']) ? cache.gzipOf(entry) : undefined;
      if (gzip) return reply.header('content-encoding', 'gzip').send(gzip as never);
      return reply.send(entry.identity as never);
    },
  });
}
