import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, databaseUnavailable, fieldError } from '../../app/errors';
import type { Locale } from '../../core/i18n/locales';
import { UnstorableValueError } from '../../core/journal-repository';
import { describeIssues } from '../../core/validation/describe-issues';
import { wordDetail, wordProblem } from '../../core/validation/problem-words';
import { isDatabaseUnavailable } from '../../store/data-errors';
import { summariseFailure } from '../failure';
import { requestLanguage, translatorFor } from '../request-language';
import { buildProblem, type Problem, sendProblem } from './problem';

/** Validates with the core zod schemas; a failure becomes an AppError naming each field and what is allowed. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const where = httpPart === 'body' ? 'body' : httpPart === 'params' ? 'path' : 'query';
    const errors = describeIssues(schema, data, result.error).map(fieldError);
    const error = new AppError('validation-failed', 400, `invalid request ${where}`, errors);
    error.words = { key: 'problems.detail.validation-failed', values: { where } };
    return { error };
  };

/** Fastify's own client errors (bad JSON, too large, wrong media type) keep their status, as problems. */
function describeFastifyError(error: FastifyError): { code: string; detail: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'invalid-json', detail: 'the body is not valid JSON' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'invalid-json', detail: 'the body is empty but the content type is JSON' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body-too-large', detail: 'the body is larger than this endpoint accepts' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        code: 'unsupported-media-type',
        detail: 'send application/json (POST /import/csv: text/csv); other types, text/plain included, are refused',
      };
    default:
      return {
        code: (error.code ?? 'bad-request').toLowerCase().replaceAll('_', '-'),
        detail: 'the request is not valid',
      };
  }
}

type Wordable = { message: string; words?: AppError['words']; errors?: AppError['errors'] };

/**
 * The problem in the request's language (Accept-Language or `?lang=`, decision 0040): `detail` and each field's
 * `message` are worded from the `problems` catalog in es and de; `code`, `type`, `title` and field paths never change.
 */
async function inLanguage(reply: FastifyReply, locale: Locale, problem: Problem, error: Wordable): Promise<Problem> {
  const t = await translatorFor(locale);
  reply.header('content-language', t.lang);
  const errors = error.errors?.map((field) => ({ ...field, message: wordProblem(field, t) }));
  // Not `...error`: an Error's message is not enumerable.
  const detail = wordDetail({ code: problem.code, message: error.message, words: error.words }, t);
  return buildProblem(problem.status, problem.code, detail, errors);
}

/** The single error handler: every failure leaves as application/problem+json, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  /**
   * Sends the problem, worded in the request's language when it asked for one; asked for nothing, today's en-GB
   * problem leaves at once (no Content-Language, no catalog loaded).
   */
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    problem: Problem,
    error: Wordable = { message: problem.detail },
  ): FastifyReply | Promise<FastifyReply> => {
    const language = requestLanguage(request);
    if (language.isDefault) return sendProblem(reply, problem);
    return inLanguage(reply, language.locale, problem, error).then((worded) => sendProblem(reply, worded));
  };
  /** The one place an AppError's `retryAfter` becomes a `Retry-After` header (lockouts and outages alike). */
  const sendAppError = (request: FastifyRequest, reply: FastifyReply, error: AppError) => {
    if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
    return send(request, reply, buildProblem(error.status, error.code, error.message, error.errors), error);
  };
  app.setErrorHandler((error: FastifyError | AppError | UnstorableValueError, request, reply) => {
    if (error instanceof AppError) return sendAppError(request, reply, error);
    if (error instanceof UnstorableValueError) {
      const detail = `${error.message}; use real calendar dates and text without NUL characters`;
      return send(request, reply, buildProblem(400, 'unstorable-value', detail));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (status === 429) {
        return send(
          request,
          reply,
          buildProblem(429, 'rate-limited', 'too many attempts; wait a minute and try again'),
        );
      }
      const { code, detail } = describeFastifyError(error);
      return send(request, reply, buildProblem(status, code, detail));
    }
    // Only the class and code: the message of a failed query holds its parameters (health data, ids, hashes).
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ failure: summariseFailure(error) }, 'database unavailable');
      return sendAppError(request, reply, databaseUnavailable());
    }
    request.log.error({ failure: summariseFailure(error) }, 'request failed');
    return send(request, reply, buildProblem(500, 'internal', 'something went wrong on our side; try again'));
  });
}
