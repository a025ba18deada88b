import type { FastifyReply } from 'fastify';
import type { FieldError } from '../../app/errors';

/** An RFC 9457 problem document; `code` is stable (docs/errors.md), `errors` names the failing fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function buildProblem(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    // A field's `words` are for wording it in another language (error-handler.ts), never part of the answer.
    ...(errors && errors.length > 0 ? { errors: errors.map(({ words: _words, ...field }) => field) } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}
