import type { onRequestAsyncHookHandler } from 'fastify';
import type { Knead } from '../../../app/knead';
import { CheckInInputSchema, EpisodeInputSchema, EpisodeWriteSchema, SessionInputSchema } from '../../../core/journal';
import type { ZodApp } from '../../types';
import { registerResourceRoutes } from './resource-routes';
import { Stamps } from './schema';

/** /episodes, /checkins and /sessions: the same five operations each, scoped to the caller. */
export function registerJournalRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  registerResourceRoutes(app, {
    path: '/episodes',
    tag: 'journal',
    noun: 'episode',
    input: EpisodeWriteSchema,
    record: EpisodeInputSchema.extend(Stamps),
    useCases: knead.episodes as never,
    auth,
  });
  registerResourceRoutes(app, {
    path: '/checkins',
    tag: 'journal',
    noun: 'check-in',
    input: CheckInInputSchema,
    record: CheckInInputSchema.extend(Stamps),
    useCases: knead.checkins as never,
    auth,
  });
  registerResourceRoutes(app, {
    path: '/sessions',
    tag: 'journal',
    noun: 'session',
    input: SessionInputSchema,
    record: SessionInputSchema.extend(Stamps),
    useCases: knead.sessions as never,
    auth,
  });
}
