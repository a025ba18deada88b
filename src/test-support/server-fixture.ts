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
export async function signUp(
  app: FastifyInstance,
  email = `user-${crypto.randomUUID()}@example.org`,
  password = 'a long enough password',
) {
  const payload = { email, password };
  const created = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload });
  if (created.statusCode !== 202) throw new Error(`signup failed: ${created.body}`);
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/signin', payload });
  if (response.statusCode !== 200) throw new Error(`sign-in after signup failed: ${response.body}`);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const cookie = `knead_session=${cookies.knead_session}; knead_csrf=${cookies.knead_csrf}`;
  return {
    userId: (response.json() as { user: { id: string } }).user.id,
    headers: { cookie, 'x-csrf-token': cookies.knead_csrf as string },
    cookieOnly: { cookie },
  };
}
