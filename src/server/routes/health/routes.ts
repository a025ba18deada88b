import type { FastifyInstance } from 'fastify';
import type { Knead } from '../../../app/knead';

/** /healthz (the process is up) and /readyz (the database answers), outside /api/v1 and the docs. */
export function registerHealthRoutes(app: FastifyInstance, knead: Knead): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ready = await knead.isReady();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'database unavailable' });
  });
}
