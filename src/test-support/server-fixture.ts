import type { FastifyInstance } from 'fastify';
import { createKnead, type KneadMode } from '../app/knead';
import type { Store } from '../core/repositories';
import { buildServer } from '../server/build-server';
import { createMemoryStore } from '../store/memory-store';

/** A server on the memory store (or a given store), ready for app.inject(). */
export async function buildTestServer(
  mode: KneadMode = 'local',
  store: Store = createMemoryStore(),
  webDir: string | null = null,
): Promise<FastifyInstance> {
  const knead = await createKnead({ store, mode });
  const app = await buildServer({ knead, logLevel: false, webDir });
  await app.ready();
  return app;
}

/** Signs up a fresh user and returns the headers a browser would send (cookie + CSRF header). */
export async function signUp(app: FastifyInstance, email = `user-${crypto.randomUUID()}@example.org`) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: { email, password: 'a long enough password' },
  });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.body}`);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const cookie = `knead_session=${cookies.knead_session}; knead_csrf=${cookies.knead_csrf}`;
  return {
    userId: (response.json() as { user: { id: string } }).user.id,
    headers: { cookie, 'x-csrf-token': cookies.knead_csrf as string },
    cookieOnly: { cookie },
  };
}
