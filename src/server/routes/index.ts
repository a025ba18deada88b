import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Knead } from '../../app/knead';
import type { ZodApp } from '../types';
import { registerAssessmentRoutes } from './assessments/routes';
import { registerAuthRoutes } from './auth/routes';
import { registerBackupRoutes } from './backup/routes';
import { registerInsightsRoutes } from './insights/routes';
import { registerJournalRoutes } from './journal/routes';
import { registerKnowledgeRoutes } from './knowledge/routes';
import { registerMeRoutes } from './me/routes';
import { registerTokenRoutes } from './tokens/routes';

export interface RouteContext {
  knead: Knead;
  /** preHandler for per-user routes: sets request.userId, or answers 401 / 403 (CSRF). */
  auth: preHandlerAsyncHookHandler;
}

/** Every /api/v1 resource. Add one line per resource (reports, shares… register here too). */
export const API_ROUTES: ReadonlyArray<(app: ZodApp, ctx: RouteContext) => void> = [
  (app, { knead }) => registerAssessmentRoutes(app, knead),
  (app) => registerKnowledgeRoutes(app),
  (app, { knead, auth }) => registerMeRoutes(app, knead, auth),
  (app, { knead, auth }) => registerJournalRoutes(app, knead, auth),
  (app, { knead, auth }) => registerInsightsRoutes(app, knead, auth),
  (app, { knead, auth }) => registerBackupRoutes(app, knead, auth),
  (app, { knead }) => (knead.mode === 'server' ? registerAuthRoutes(app, knead) : undefined),
  (app, { knead, auth }) => (knead.mode === 'server' ? registerTokenRoutes(app, knead, auth) : undefined),
];
