import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Knead } from '../../../app/knead';
import { assessmentWordingIn } from '../../../core/assess/assessment-wording-in';
import { type Assessment, AssessmentSchema } from '../../../core/assessment';
import { SituationSchema } from '../../../core/situation';
import { zodValidatorCompiler } from '../../plugins/error-handler';
import { securityHeaders } from '../../plugins/security-headers';
import {
  AcceptLanguageHeaderSchema,
  CountryQuerySchema,
  type RequestLanguage,
  requestLanguage,
  translatorFor,
} from '../../request-language';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { compileJsonSerializer, type JsonSchema } from './json-serializer';
import { compileJsonValidator, UNSURE } from './json-validator';
import { type CachedResponse, ResponseCache } from './response-cache';

/** Distinct answers kept serialised by default (~12 KB each with their gzip form, so ~25 MB at most). */
export const DEFAULT_ASSESSMENT_CACHE = 2_000;

/** A Situation is a few hundred bytes; only bodies this small and of a declared length are cached. */
const CACHEABLE_MAX_BYTES = 16 * 1024;

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

/** True when a body's answer may be cached under its text: small, of a declared length, plain uncompressed JSON. */
export function isCacheableBody(headers: IncomingHttpHeaders): boolean {
  const length = Number(headers['content-length']);
  return (
    length > 0 &&
    length <= CACHEABLE_MAX_BYTES &&
    headers['content-encoding'] === undefined &&
    isPlainJson(headers['content-type'])
  );
}

/** The parsed body of a request whose exact text was answered before (the entry is private: no hook walks it). */
class CacheHit {
  readonly #entry: CachedResponse;
  constructor(entry: CachedResponse) {
    this.#entry = entry;
  }
  get entry(): CachedResponse {
    return this.#entry;
  }
}

/**
 * The cache key of a miss the cache admits, set by the JSON parser for the handler. A symbol set on those requests
 * only: a `decorateRequest` property gives every request of the route's scope another shape, which measurably
 * slowed every miss over real sockets (decision 0024); a WeakMap costs its ephemeron work on every request.
 */
const CACHE_KEY = Symbol('assessment cache key');
type KeyedRequest = FastifyRequest & { [CACHE_KEY]?: string };
const keyed = (request: FastifyRequest) => request as KeyedRequest;

/** The cache key of a body in a language: the text alone for a request that asks for no language. */
function cacheKeyOf(language: RequestLanguage, body: string): string {
  return language.isDefault ? body : `${language.locale} ${language.country}\n${body}`;
}

/** The assessment's JSON bytes, from a serialiser compiled from its JSON Schema (decision 0024). */
export function compileAssessmentSerializer(): (assessment: Assessment) => Buffer {
  return compileJsonSerializer(z.toJSONSchema(AssessmentSchema, { io: 'output' }) as JsonSchema);
}

/**
 * The route's validators: zod's, each behind a fast path for what nearly every request sends (decision 0038). The
 * body is checked by a validator compiled from SituationSchema's JSON Schema, which returns zod's value or UNSURE;
 * a query with no parameters is valid as {} and headers without Accept-Language are valid as they are (both schemas
 * only describe optional values). Anything else, every invalid request included, goes to zod, so the errors stay
 * zod's problem+json naming the field.
 */
export const assessmentValidatorCompiler: typeof zodValidatorCompiler = (route) => {
  const zod = zodValidatorCompiler(route);
  const schema: unknown = route.schema;
  if (schema === SituationSchema) {
    const check = compileJsonValidator(z.toJSONSchema(SituationSchema, { io: 'input' }) as JsonSchema);
    return (data) => {
      const value = check(data);
      return value === UNSURE ? zod(data) : { value };
    };
  }
  if (schema === CountryQuerySchema) return (data) => (isEmptyObject(data) ? { value: {} } : zod(data));
  if (schema === AcceptLanguageHeaderSchema)
    return (data) => ((data as Record<string, unknown>)['accept-language'] === undefined ? { value: data } : zod(data));
  return zod;
};

function isEmptyObject(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  for (const _ in data) return false;
  return true;
}

/** POST /assessments: the triage verdict and plan for a Situation (public, no state). */
export function registerAssessmentRoutes(app: ZodApp, knead: Knead, cacheSize = DEFAULT_ASSESSMENT_CACHE): void {
  // Its own scope, so that its JSON parser (the cache lookup, below) applies to this route only.
  app.register(async (scope) => registerInScope(scope as unknown as ZodApp, knead, cacheSize));
}

function registerInScope(app: ZodApp, knead: Knead, cacheSize: number): void {
  app.setValidatorCompiler(assessmentValidatorCompiler);
  const cache = new ResponseCache(cacheSize);
  const serialize = compileAssessmentSerializer();

  /**
   * The bytes to send (gzip when the client takes it) and the headers that describe them. An answer in a negotiated
   * language says which (Content-Language) and that it varies with Accept-Language; a request that asks for no
   * language gets today's headers and bytes (en-GB, GB care words; the answer is `no-store` either way).
   */
  const answer = (request: FastifyRequest, entry: CachedResponse, isRepeat: boolean) => {
    // Compress lazily, on a repeat only: gzip costs ~4× the assessment, so a miss must never pay for it (0018).
    const gzip = isRepeat && acceptsGzip(request.headers['accept-encoding']) ? cache.gzipOf(entry) : undefined;
    const language = requestLanguage(request);
    const head = [
      'content-type',
      JSON_TYPE,
      'content-language',
      language.locale,
      'vary',
      language.isDefault ? 'accept-encoding' : 'accept-encoding, accept-language',
      ...(gzip ? ['content-encoding', 'gzip'] : []),
    ];
    return { body: gzip ?? entry.identity, head };
  };

  /**
   * Every answer, first or repeat, is written straight to the socket: the status, the headers (the security headers
   * come from the list the onSend hook uses; routes.test.ts compares them with another route's, header by header,
   * and a repeat's with its first answer's) and the bytes. Routing, the host guard, the cross-site guard, request
   * logging and the onResponse hooks still run; only the onSend hooks, which would rebuild these same headers, are
   * skipped (decision 0038; repeats since 0008). Nothing here sets a cookie, so the cookie plugin's onSend has
   * nothing to add.
   */
  const write = (request: FastifyRequest, reply: FastifyReply, entry: CachedResponse, isRepeat: boolean) => {
    const { body, head } = answer(request, entry, isRepeat);
    reply.hijack();
    reply.raw.writeHead(200, [
      ...head,
      ...securityHeaders(request.url, request.protocol === 'https'),
      'content-length',
      String(body.length),
    ]);
    reply.raw.end(body);
  };

  /** A miss: assess, serialise, keep the bytes when the cache admitted the body, and write them. */
  const answerMiss = (request: FastifyRequest, reply: FastifyReply, assessment: Assessment) =>
    write(request, reply, cache.store(keyed(request)[CACHE_KEY], serialize(assessment)), false);

  if (cache.capacity > 0) {
    // An assessment is a pure function of the body. The JSON parser of this route looks the exact text up first: a
    // body identical to one already answered (so already parsed and validated) is not parsed again but marked as
    // a hit, answered before validation; any other body is parsed as usual (the same parser, the same errors) and
    // its answer is cached under its text if the cache admits it (ResponseCache). Only bodies that passed
    // validation are cached, so a repeat never skips a check that the same text would fail. A miss pays for one
    // lookup, and a miss that is admitted for one stored entry.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
      // The key is the decoded text JSON.parse reads: the answer is a function of it alone, so two bodies with
      // the same text (even bytes that decode alike) have the same answer, and no copy of the bytes is made.
      if (isCacheableBody(request.headers)) {
        // The answer is a function of the text, the language and the country: the key holds all three (a request
        // that asks for none keys on the text alone, as before). A country that fails validation is never stored.
        const key = cacheKeyOf(requestLanguage(request), body);
        const hit = cache.get(key);
        if (hit) return done(null, new CacheHit(hit));
        if (cache.admits()) keyed(request)[CACHE_KEY] = key;
      }
      parseJson(request, body, done);
    });
  }

  app.post('/assessments', {
    schema: {
      tags: ['assessment'],
      summary: 'Assess a muscle spasm: care level, massage permission, reasons, plan and schedule',
      description:
        'The texts follow Accept-Language (en-GB, en-US, es, de; Content-Language names the one chosen) and name the care services and emergency number of `country`. Without either, the answer is en-GB with UK care words. Ids, levels, sources and numbers never change with the language.',
      headers: AcceptLanguageHeaderSchema,
      querystring: CountryQuerySchema,
      body: SituationSchema,
      response: { 200: AssessmentSchema, 400: ProblemSchema },
    },
    // Route hooks run after the app's (the well-formed-text check sees a CacheHit as no parsed JSON and passes it).
    preValidation: (request, reply, done) => {
      const body: unknown = request.body;
      if (body instanceof CacheHit) write(request, reply, body.entry, true);
      done(); // after a hit the reply is sent, so Fastify stops here: no validation, no handler
    },
    // Not async: a request in the default language (nearly all) is answered without a promise; a negotiated one
    // waits for its translator once (they are kept for the process).
    handler: (request, reply) => {
      const language = requestLanguage(request);
      if (language.isDefault) return answerMiss(request, reply, knead.assess(request.body));
      return translatorFor(language.locale).then((translator) => {
        const wording = assessmentWordingIn(translator, { country: language.country });
        answerMiss(request, reply, knead.assess(request.body, wording));
      });
    },
  });
}
