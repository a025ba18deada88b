import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Knead } from '../../../app/knead';
import { AssessmentSchema } from '../../../core/assessment';
import { SituationSchema } from '../../../core/situation';
import { securityHeaders } from '../../plugins/security-headers';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { type CachedResponse, ResponseCache } from './response-cache';

/** Distinct answers kept serialised by default (~12 KB each with their gzip form, so ~25 MB at most). */
export const DEFAULT_ASSESSMENT_CACHE = 2_000;

/** A Situation is a few hundred bytes; only bodies this small and of a declared length are read ahead. */
const READ_AHEAD_MAX_BYTES = 16 * 1024;

const JSON_TYPE = 'application/json; charset=utf-8';

/** True when the client takes gzip (and has not refused it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  const match = header ? /(?:^|,)\s*gzip\s*(?:;\s*q\s*=\s*([0-9.]+))?/i.exec(header) : null;
  return match !== null && (match[1] === undefined || Number(match[1]) > 0);
}

/** True for `application/json`, bare or with parameters such as a charset (what the JSON parser accepts). */
export function isPlainJson(contentType: string | undefined): boolean {
  if (!contentType?.startsWith('application/json')) return false;
  const next = contentType.charCodeAt(16);
  return Number.isNaN(next) || next === 59 /* ; */ || next === 32 /* space */;
}

/** True when the body can be read ahead and looked up as is: small, of a declared length, plain uncompressed JSON. */
export function canReadAhead(headers: IncomingHttpHeaders): boolean {
  const length = Number(headers['content-length']);
  return (
    length > 0 &&
    length <= READ_AHEAD_MAX_BYTES &&
    headers['content-encoding'] === undefined &&
    isPlainJson(headers['content-type'])
  );
}

/** POST /assessments: the triage verdict and plan for a Situation (public, no state). */
export function registerAssessmentRoutes(app: ZodApp, knead: Knead, cacheSize = DEFAULT_ASSESSMENT_CACHE): void {
  const cache = new ResponseCache(cacheSize);
  /** The exact body of requests read ahead and not found in the cache: their answer is cached under it. */
  const bodyKey = new WeakMap<FastifyRequest, string>();

  /** The bytes to send (gzip when the client takes it) and the headers that describe them. */
  const answer = (request: FastifyRequest, entry: CachedResponse, isRepeat: boolean) => {
    // Compress lazily, on a repeat only: gzip costs ~4× the assessment, so a miss must never pay for it (0018).
    const gzip = isRepeat && acceptsGzip(request.headers['accept-encoding']) ? cache.gzipOf(entry) : undefined;
    const head = ['content-type', JSON_TYPE, 'vary', 'accept-encoding', ...(gzip ? ['content-encoding', 'gzip'] : [])];
    return { body: gzip ?? entry.identity, head };
  };

  /** A first answer goes out through Fastify's reply, like every other route. */
  const send = (request: FastifyRequest, reply: FastifyReply, entry: CachedResponse) => {
    const { body, head } = answer(request, entry, false);
    for (let i = 0; i < head.length; i += 2) reply.header(head[i] as string, head[i + 1]);
    return reply.send(body as never);
  };

  /**
   * A repeat is written straight to the socket: same status, same headers (the security headers come from the
   * list the onSend hook uses; a test compares a first and a repeated answer header by header), same bytes.
   * Routing, the host guard, request logging and the onResponse hooks still run; only the onSend hooks, which
   * would rebuild these headers, are skipped.
   */
  const writeCached = (request: FastifyRequest, reply: FastifyReply, entry: CachedResponse) => {
    const { body, head } = answer(request, entry, true);
    reply.hijack();
    reply.raw.writeHead(200, [
      ...head,
      ...securityHeaders(request.url, request.protocol === 'https'),
      'content-length',
      String(body.length),
    ]);
    reply.raw.end(body);
  };

  app.post('/assessments', {
    schema: {
      tags: ['assessment'],
      summary: 'Assess a muscle spasm: care level, massage permission, reasons, plan and schedule',
      body: SituationSchema,
      response: { 200: AssessmentSchema, 400: ProblemSchema },
    },
    // An assessment is a pure function of the body. A body byte-identical to one already answered (so already
    // parsed and validated) is answered from the cache before parsing; any other body goes the usual way (parse,
    // validate, assess) and its answer is cached under its exact bytes. Only bodies that passed validation are
    // cached, so a repeat never skips a check that the same bytes would fail.
    preParsing: (request, reply, payload, done) => {
      if (cache.capacity === 0 || !canReadAhead(request.headers)) return done(null, payload);
      const chunks: Buffer[] = [];
      payload.on('data', (chunk: Buffer) => chunks.push(chunk));
      payload.on('error', (error: Error) => done(error));
      payload.on('end', () => {
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const key = body.toString('latin1'); // one character per byte: equal keys ⇔ byte-identical bodies
        const hit = cache.get(key);
        if (hit) {
          writeCached(request, reply, hit);
          return done(null, payload); // answered: Fastify stops here
        }
        bodyKey.set(request, key);
        done(null, Readable.from([body]));
      });
    },
    handler: async (request, reply) => {
      const assessment = knead.assess(request.body);
      return send(request, reply, cache.store(bodyKey.get(request), assessment));
    },
  });
}
