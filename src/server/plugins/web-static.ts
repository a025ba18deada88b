import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

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

/** The one thing to run when the web app has not been built (after a plain `npm install`). */
export const WEB_BUILD_HINT = 'the web app is not built yet: run `npm run build` (or `npm start`), then reload';

/** Served instead of a bare 404 when dist/web is missing: a plain page (no inline script or style, so the CSP holds). */
export function sendWebNotBuilt(reply: FastifyReply): FastifyReply {
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knead: the web app is not built yet</title></head>
<body><main>
<h1>The web app is not built yet</h1>
<p>Knead is running, but the web app has not been built. In the folder where you installed Knead, run:</p>
<pre><code>npm run build</code></pre>
<p>then reload this page. (<code>npm start</code> builds it and starts the server in one go.)</p>
<p>The HTTP API works meanwhile: <a href="/api/v1/docs">/api/v1/docs</a>. In the terminal, <code>npx knead check</code> needs no web app.</p>
</main></body></html>
`;
  return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
}
