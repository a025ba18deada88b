import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Knead } from '../app/knead';
import { buildServer } from './build-server';
import { hasWebBuild } from './plugins/web-static';

export const DEFAULT_PORT = 5317;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
/** The web app's build output (vite build), served at / when present. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface StartOptions {
  knead: Knead;
  port?: number;
  host?: string;
  logLevel?: string | false;
  webDir?: string | null;
  trustProxy?: boolean | number;
  /** KNEAD_PUBLIC_URL (e.g. https://knead.example.org): the one origin allowed to write; https gives `__Host-` cookies. */
  publicUrl?: URL | null;
  /** Distinct assessment answers kept ready to send (0 turns the cache off). */
  assessmentCache?: number | undefined;
  /** The per-start secret the CLI reads from the data directory's lock (decision 0014). */
  dataDirToken?: string | null;
}

/** Local mode holds one person's health journal with no login: it must never listen beyond this machine. */
export function checkHost(knead: Knead, host: string): void {
  if (knead.mode === 'local' && !LOOPBACK.has(host)) {
    throw new Error(
      `refusing to listen on ${host} in local mode (no accounts): use 127.0.0.1, or run accounts mode (KNEAD_MODE=server, DATABASE_URL=...)`,
    );
  }
}

/** Builds and starts the server; `close` stops accepting, drains requests, then closes the database. */
export async function startServer(
  options: StartOptions,
): Promise<{ app: FastifyInstance; url: string; webBuilt: boolean; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  checkHost(options.knead, host);
  const webDir = options.webDir === undefined ? WEB_DIR : options.webDir;
  const app = await buildServer({
    knead: options.knead,
    logLevel: options.logLevel ?? 'warn',
    webDir,
    trustProxy: options.trustProxy ?? false,
    assessmentCache: options.assessmentCache,
    publicUrl: options.publicUrl ?? null,
    dataDirToken: options.dataDirToken ?? null,
  });
  await app.listen({ port: options.port ?? DEFAULT_PORT, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    app,
    url: `http://${shown}:${port}`,
    webBuilt: webDir !== null && hasWebBuild(webDir),
    close() {
      closing ??= (async () => {
        await app.close();
        await options.knead.close();
      })();
      return closing;
    },
  };
}
