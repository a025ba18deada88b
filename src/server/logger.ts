import type { FastifyServerOptions } from 'fastify';
import { summariseFailure } from './failure';

/** Where log lines go (pino's destination); standard output when absent. */
export interface LogStream {
  write(line: string): void;
}

/**
 * pino options that never log health data: no bodies (Fastify does not log them), no query strings (they can hold
 * search questions and dates), no credentials (authorization, cookies), and of an error only its class and code:
 * a driver's message carries the failed query's parameters (notes, user ids, token hashes).
 */
export function buildLoggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'req.headers["x-csrf-token"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Fastify's type asks for message and stack: exactly what must not be logged.
      err: summariseFailure as never,
    },
  };
}
