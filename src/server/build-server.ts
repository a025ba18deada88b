import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Knead } from '../app/knead';
import { buildLoggerOptions, type LogStream } from './logger';
import { authenticate, registerLocalHostGuard } from './plugins/auth';
import { clientAddressKey } from './plugins/client-address';
import { registerCrossSiteGuard } from './plugins/cross-site-guard';
import { registerDataDirTokenCheck } from './plugins/data-dir-server';
import { registerErrorHandler, zodValidatorCompiler } from './plugins/error-handler';
import { buildProblem, sendProblem } from './plugins/problem';
import { databaseRateLimitStore } from './plugins/rate-limit-store';
import { registerSecurityHeaders } from './plugins/security-headers';
import { isSpaRequest, registerWebStatic, sendWebNotBuilt } from './plugins/web-static';
import { registerWellFormedText } from './plugins/well-formed-text';
import { DEFAULT_ASSESSMENT_CACHE } from './routes/assessments/routes';
import { registerHealthRoutes } from './routes/health/routes';
import { API_ROUTES } from './routes/index';
import type { ZodApp } from './types';

export interface ServerOptions {
  knead: Knead;
  /** pino level, or false for no logs (tests). */
  logLevel?: string | false;
  /** Directory of the built web app; served at / when it holds an index.html. */
  webDir?: string | null;
  /** Largest accepted JSON body in bytes (the import route streams and allows more). */
  bodyLimit?: number;
  /** How many reverse-proxy hops to trust for X-Forwarded-* (the client address is that many hops from the right). */
  trustProxy?: boolean | number;
  /** Largest backup `POST /import` accepts, streamed (default 1 GiB). */
  importLimit?: number | undefined;
  /** Distinct assessment answers kept ready to send; 0 turns the cache off (default 2,000, ~25 MB at most). */
  assessmentCache?: number | undefined;
  /** KNEAD_PUBLIC_URL: the URL browsers use; its origin is the only one allowed to write, https gives `__Host-` cookies. */
  publicUrl?: URL | null;
  /** Where log lines go (tests capture the security log); standard output by default. */
  logStream?: LogStream | undefined;
  /** Socket limits against slow clients (milliseconds); see SOCKET_LIMITS. */
  socketLimits?: Partial<SocketLimits>;
  /** `knead serve`'s per-start secret, written to the data directory's lock for the CLI (decision 0014). */
  dataDirToken?: string | null;
}

export interface SocketLimits {
  /** The whole request (headers and body) must arrive within this; a dribbling client is answered 408 and dropped. */
  requestMs: number;
  /** The headers must arrive within this. */
  headersMs: number;
  /** A socket with no traffic at all is closed after this. */
  idleMs: number;
  /** How often Node checks the two request deadlines (the drop happens at most this late). */
  checkEveryMs: number;
}

/** Fastify's defaults are no limit at all, so slow clients could hold every socket (slowloris). */
export const SOCKET_LIMITS: SocketLimits = {
  requestMs: 120_000,
  headersMs: 20_000,
  idleMs: 30_000,
  checkEveryMs: 2_000,
};

/**
 * N trusted hops: the socket peer and the N − 1 rightmost X-Forwarded-For entries are proxies, so the client is the
 * Nth entry from the right; entries further left are whatever the client wrote. (Fastify's own numeric trustProxy
 * ignores the header altogether.)
 */
function trustHops(trust: boolean | number | undefined): boolean | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust ?? false;
  return trust > 0 ? (_address, hop) => hop < trust : false;
}

/** Builds the HTTP server (not listening): the factory every test and `knead serve` use. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { knead } = options;
  const limits = { ...SOCKET_LIMITS, ...options.socketLimits };
  const logger = options.logLevel === false ? false : buildLoggerOptions(options.logLevel ?? 'info', options.logStream);
  const app = Fastify({
    logger: logger as boolean,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestTimeout: limits.requestMs,
    connectionTimeout: limits.idleMs,
    http: {
      headersTimeout: Math.min(limits.headersMs, limits.requestMs),
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    trustProxy: trustHops(options.trustProxy),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider() as unknown as ZodApp;
  app.decorate('publicUrl', options.publicUrl ?? null);
  // Only JSON (and the upload types routes declare): a cross-site page can send text/plain without a preflight.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  // Responses are built from already-validated core values; plain JSON.stringify keeps the hot path fast.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerLocalHostGuard(app, knead);
  registerCrossSiteGuard(app, options.publicUrl ?? null);
  registerDataDirTokenCheck(app, options.dataDirToken ?? null);
  registerWellFormedText(app);
  await app.register(fastifyCookie);
  // Counted in the database, so several API processes share one limit (docs/decisions/0009).
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseRateLimitStore(knead),
    keyGenerator: (request) => clientAddressKey(request.ip),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Knead API',
        version: '1.0.0',
        description: 'Should I massage this muscle spasm, and if so, how? Not a diagnosis tool.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'knead_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs' });
  registerHealthRoutes(app, knead);

  const auth = authenticate(knead);
  await app.register(
    async (api) => {
      const assessmentCache = options.assessmentCache ?? DEFAULT_ASSESSMENT_CACHE;
      const { importLimit } = options;
      for (const register of API_ROUTES)
        register(api as unknown as ZodApp, { knead, auth, assessmentCache, importLimit });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  const webDir = options.webDir ?? null;
  const hasWeb = webDir ? await registerWebStatic(app, webDir) : false;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // Never a bare 404 where the web app should be: without a build, a page says what to run.
    if (!hasWeb && (request.method === 'GET' || request.method === 'HEAD') && path === '/')
      return sendWebNotBuilt(reply);
    if (isSpaRequest(request.method, request.url, request.headers.accept)) {
      if (!hasWeb) return sendWebNotBuilt(reply);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, buildProblem(404, 'not-found', `no route for ${request.method} ${path}`));
  });
  return app;
}
