import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** True when the web app has been built (`vite build` writes dist/web/index.html). */
export function hasWebBuild(webDir: string): boolean {
  return existsSync(join(webDir, 'index.html'));
}

/** Serves the built web app; unknown non-API GETs that accept HTML fall back to index.html (SPA routes). */
export async function registerWebStatic(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!hasWebBuild(webDir)) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: ['index.html'],
    // The web build writes .br/.gz beside each asset (vite.config.ts); send them to clients that accept them.
    preCompressed: true,
    setHeaders: (reply, path) => {
      // Hashed assets never change; index.html must be revalidated to pick up a new build.
      // @fastify/static 10 passes the FastifyReply here (not a raw ServerResponse).
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

export function isSpaRequest(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url.startsWith('/api/') || url === '/healthz' || url === '/readyz') return false;
  return (accept ?? '').includes('text/html');
}
