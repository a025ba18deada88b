import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/errors';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `same-site` is refused too: every port on 127.0.0.1 is the same site, so a page on another port is not us. */
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

/** The origin this server is reached at: the configured public URL, else the request's own scheme and Host. */
export function ownOrigin(request: FastifyRequest, publicUrl: URL | null): string {
  return publicUrl ? publicUrl.origin : `${request.protocol}://${request.host}`;
}

/** Why a write is cross-site, or null when the browser says it is ours (CLI and API clients send neither header). */
export function crossSiteReason(request: FastifyRequest, publicUrl: URL | null): string | null {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && !ALLOWED_FETCH_SITES.has(site)) {
    return `Sec-Fetch-Site is ${site}; writes are accepted only from this server's own pages`;
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== ownOrigin(request, publicUrl)) {
    return `Origin ${origin.slice(0, 200)} is not this server's origin`;
  }
  return null;
}

/** In every mode, a state-changing request that a browser marks as coming from another site is refused (403). */
export function registerCrossSiteGuard(app: FastifyInstance, publicUrl: URL | null): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const reason = crossSiteReason(request, publicUrl);
    if (reason) throw new AppError('cross-site-request', 403, reason);
  });
}
