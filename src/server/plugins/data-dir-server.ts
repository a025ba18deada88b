import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../app/errors';

/** The CLI sends the token it read from the data directory's lock, to be sure it reached the server holding it. */
export const DATA_DIR_TOKEN_HEADER = 'x-knead-data-dir-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A request carrying a data-directory token that is not this server's (its port now belongs to another server, or
 * its pid to another process) is refused before anything runs, so a CLI command never writes to the wrong journal.
 * It grants nothing: requests without the header are handled exactly as before (decision 0014).
 */
export function registerDataDirTokenCheck(app: FastifyInstance, token: string | null): void {
  app.addHook('onRequest', async (request) => {
    const sent = request.headers[DATA_DIR_TOKEN_HEADER];
    if (sent === undefined) return;
    if (token === null || typeof sent !== 'string' || !sameToken(sent, token)) {
      throw new AppError('wrong-server', 421, 'this server does not hold the data directory named by that token');
    }
  });
}
