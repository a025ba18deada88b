import type { FastifyError, FastifyInstance, FastifyReply, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, databaseUnavailable } from '../../app/errors';
import { UnstorableValueError } from '../../core/journal-repository';
import { describeIssues } from '../../core/validation/describe-issues';
import { isDatabaseUnavailable } from '../../store/data-errors';
import { summariseFailure } from '../failure';
import { buildProblem, sendProblem } from './problem';

/** Validates with the core zod schemas; a failure becomes an AppError naming each field and what is allowed. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const where = httpPart === 'body' ? 'body' : httpPart === 'params' ? 'path' : 'query';
    const errors = describeIssues(schema, data, result.error).map(({ path, message }) => ({ path, message }));
    return { error: new AppError('validation-failed', 400, `invalid request ${where}`, errors) };
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

/** The single error handler: every failure leaves as application/problem+json, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  /** The one place an AppError's `retryAfter` becomes a `Retry-After` header (lockouts and outages alike). */
  const sendAppError = (reply: FastifyReply, error: AppError) => {
    if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
    return sendProblem(reply, buildProblem(error.status, error.code, error.message, error.errors));
  };
  app.setErrorHandler((error: FastifyError | AppError | UnstorableValueError, request, reply) => {
    if (error instanceof AppError) return sendAppError(reply, error);
    if (error instanceof UnstorableValueError) {
      const detail = `${error.message}; use real calendar dates and text without NUL characters`;
      return sendProblem(reply, buildProblem(400, 'unstorable-value', detail));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (status === 429) {
        return sendProblem(reply, buildProblem(429, 'rate-limited', 'too many attempts; wait a minute and try again'));
      }
      const { code, detail } = describeFastifyError(error);
      return sendProblem(reply, buildProblem(status, code, detail));
    }
    // Only the class and code: the message of a failed query holds its parameters (health data, ids, hashes).
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ failure: summariseFailure(error) }, 'database unavailable');
      return sendAppError(reply, databaseUnavailable());
    }
    request.log.error({ failure: summariseFailure(error) }, 'request failed');
    return sendProblem(reply, buildProblem(500, 'internal', 'something went wrong on our side; try again'));
  });
}
