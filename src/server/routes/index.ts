import type { onRequestAsyncHookHandler } from 'fastify';
import type { Knead } from '../../app/knead';
import type { ZodApp } from '../types';
import { registerAssessmentRoutes } from './assessments/routes';
import { registerAuthRoutes } from './auth/routes';
import { registerBackupRoutes } from './backup/routes';
import { registerCareTeamRoutes } from './care-team/routes';
import { registerInsightsRoutes } from './insights/routes';
import { registerJournalRoutes } from './journal/routes';
import { registerKnowledgeRoutes } from './knowledge/routes';
import { registerMeRoutes } from './me/routes';
import { registerReportRoutes } from './reports/routes';
import { registerShareRoutes } from './shares/routes';
import { registerTokenRoutes } from './tokens/routes';

export interface RouteContext {
  knead: Knead;
  /** onRequest hook for per-user routes (runs before the body is parsed): sets request.userId, or answers 401 / 403 (CSRF). */
  auth: onRequestAsyncHookHandler;
  /** Distinct assessment answers kept ready to send (0: off). */
  assessmentCache: number;
  /** Largest streamed backup import in bytes (default 1 GiB). */
  importLimit?: number | undefined;
}

/** Every /api/v1 resource. Add one line per resource (reports, shares… register here too). */
export const API_ROUTES: ReadonlyArray<(app: ZodApp, ctx: RouteContext) => void> = [
  (app, { knead, assessmentCache }) => registerAssessmentRoutes(app, knead, assessmentCache),
  (app) => registerKnowledgeRoutes(app),
  (app, { knead, auth }) => registerMeRoutes(app, knead, auth),
  (app, { knead, auth }) => registerJournalRoutes(app, knead, auth),
  (app, { knead, auth }) => registerInsightsRoutes(app, knead, auth),
  (app, { knead, auth, importLimit }) => registerBackupRoutes(app, knead, auth, importLimit),
  (app, { knead, auth }) => registerReportRoutes(app, knead, auth),
  (app, { knead, auth }) => (knead.mode === 'server' ? registerShareRoutes(app, knead, auth) : undefined),
  (app, { knead, auth }) => (knead.mode === 'server' ? registerCareTeamRoutes(app, knead, auth) : undefined),
  (app, { knead }) => (knead.mode === 'server' ? registerAuthRoutes(app, knead) : undefined),
  (app, { knead }) => (knead.mode === 'server' ? registerTokenRoutes(app, knead) : undefined),
];
