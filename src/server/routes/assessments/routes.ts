import type { Knead } from '../../../app/knead';
import { AssessmentSchema } from '../../../core/assessment';
import { SituationSchema } from '../../../core/situation';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';

/** POST /assessments: the triage verdict and plan for a Situation (public, no state). */
export function registerAssessmentRoutes(app: ZodApp, knead: Knead): void {
  app.post('/assessments', {
    schema: {
      tags: ['assessment'],
      summary: 'Assess a muscle spasm: care level, massage permission, reasons, plan and schedule',
      body: SituationSchema,
      response: { 200: AssessmentSchema, 400: ProblemSchema },
    },
    handler: (request) => knead.assess(request.body),
  });
}
