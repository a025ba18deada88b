import type { FastifyInstance } from 'fastify';

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');
// The API docs UI (swagger-ui) sets inline styles; only its pages get that allowance.
const DOCS_CSP = STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Headers a route may set for itself (a stricter-or-equal policy, or its own caching); every other one is forced. */
const ROUTE_MAY_SET = new Set(['content-security-policy', 'cache-control']);

/** A flat [name, value, name, value, …] list, the form `ServerResponse.writeHead` takes as is. */
export type HeaderList = readonly string[];

function build(csp: string, api: boolean, https: boolean): HeaderList {
  return [
    'content-security-policy',
    csp,
    'x-content-type-options',
    'nosniff',
    'x-frame-options',
    'DENY',
    'referrer-policy',
    'no-referrer',
    'cross-origin-opener-policy',
    'same-origin',
    'cross-origin-resource-policy',
    'same-origin',
    'permissions-policy',
    'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? ['strict-transport-security', 'max-age=31536000; includeSubDomains'] : []),
    // Health data must not linger in shared or browser caches.
    ...(api ? ['cache-control', 'no-store'] : []),
  ];
}

// Every combination is built once, indexed by docs·4 + api·2 + https; the lists are shared, never modified.
const LISTS: HeaderList[] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
  build(i & 4 ? DOCS_CSP : STRICT_CSP, (i & 2) > 0, (i & 1) > 0),
);

/**
 * The security headers of every response: a strict CSP, no sniffing, no framing, no referrer, no caching of API
 * data, HSTS over TLS. One list for the onSend hook and for any route that writes its response itself.
 */
export function securityHeaders(url: string, https: boolean): HeaderList {
  const api = url.startsWith('/api/');
  const docs = api && url.startsWith('/api/v1/docs');
  return LISTS[(docs ? 4 : 0) + (api ? 2 : 0) + (https ? 1 : 0)] as HeaderList;
}

/** Adds `securityHeaders` to every response that goes through Fastify's reply (routes may set their own CSP or caching). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const headers = securityHeaders(request.url, request.protocol === 'https');
    for (let i = 0; i < headers.length; i += 2) {
      const name = headers[i] as string;
      if (!(ROUTE_MAY_SET.has(name) && reply.hasHeader(name))) reply.header(name, headers[i + 1]);
    }
    return payload;
  });
}
