import type { onRequestAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import type { ResourceUseCases } from '../../../app/journal-use-cases';
import type { ZodApp } from '../../types';
import { IdParamsSchema, ListQuerySchema, NoContent, ProblemSchema, pageOf } from './schema';

export interface ResourceRouteOptions {
  /** e.g. '/episodes' (under /api/v1). */
  path: string;
  tag: string;
  noun: string;
  input: z.ZodType;
  record: z.ZodType;
  useCases: ResourceUseCases<never, unknown>;
  auth: onRequestAsyncHookHandler;
}

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };

/** The five routes of one journal resource; every handler passes the authenticated user's id. */
export function registerResourceRoutes(app: ZodApp, o: ResourceRouteOptions): void {
  const uc = o.useCases as unknown as ResourceUseCases<unknown, unknown>;
  const tags = [o.tag];
  const user = (request: { userId: string | null }) => request.userId as string;

  app.get(o.path, {
    onRequest: o.auth,
    schema: {
      tags,
      summary: `List ${o.noun}s, newest first`,
      querystring: ListQuerySchema,
      response: { 200: pageOf(o.record), ...errors },
    },
    handler: (request) => uc.list(user(request), request.query),
  });

  app.post(o.path, {
    onRequest: o.auth,
    schema: {
      tags,
      summary: `Record a ${o.noun} (idempotent by its client-generated id)`,
      body: o.input,
      response: { 200: o.record, 201: o.record, ...errors, 409: ProblemSchema },
    },
    handler: async (request, reply) => {
      const { created, record } = await uc.create(user(request), request.body);
      const id = (record as { id: string }).id;
      return reply
        .code(created ? 201 : 200)
        .header('location', `/api/v1${o.path}/${id}`)
        .send(record);
    },
  });

  app.get(`${o.path}/:id`, {
    onRequest: o.auth,
    schema: { tags, summary: `Get one ${o.noun}`, params: IdParamsSchema, response: { 200: o.record, ...errors } },
    handler: (request) => uc.get(user(request), request.params.id),
  });

  app.put(`${o.path}/:id`, {
    onRequest: o.auth,
    schema: {
      tags,
      summary: `Replace a ${o.noun}`,
      params: IdParamsSchema,
      body: o.input,
      response: { 200: o.record, ...errors },
    },
    handler: (request) => uc.update(user(request), request.params.id, request.body),
  });

  app.delete(`${o.path}/:id`, {
    onRequest: o.auth,
    schema: { tags, summary: `Delete a ${o.noun}`, params: IdParamsSchema, response: { 204: NoContent, ...errors } },
    handler: async (request, reply) => {
      await uc.remove(user(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
