import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { createKnead, type Knead, type KneadMode } from '../app/knead';
import type { Store } from '../core/repositories';
import { buildServer, type ServerOptions } from '../server/build-server';
import { openStore } from '../store/open-store';
import { createTestDatabase } from './test-database';

/** A real store the attack suite runs against: PGlite in a fresh directory, or a fresh PostgreSQL database. */
export interface AttackTarget {
  name: 'PGlite' | 'PostgreSQL';
  /** True when this target cannot run here (no PostgreSQL cluster). */
  skip: boolean;
  open(): Promise<Store>;
  openBreakable(): Promise<BreakableStore>;
}

const postgresUrl = inject('postgresUrl');
const directories: string[] = [];

/** A fresh private temporary directory (removed by `removeTempDirs`). */
export function makeTempDir(prefix = 'knead-attack-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  directories.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A store whose database can be taken away mid-test: PGlite is closed, PostgreSQL loses its TCP path. */
export interface BreakableStore {
  store: Store;
  /** The database URL the store uses (PostgreSQL only), to reach the same database from the test. */
  databaseUrl: string | null;
  breakDown(): Promise<void>;
}

/** A loopback TCP proxy to PostgreSQL; `cut()` stops it and resets every open connection (an outage). */
async function startProxy(target: URL): Promise<{ url: string; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(target);
  url.host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: url.toString(),
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.resetAndDestroy();
      await closed;
    },
  };
}

async function openBreakablePostgres(): Promise<BreakableStore> {
  const databaseUrl = await createTestDatabase(postgresUrl, 'knead_attack');
  const proxy = await startProxy(new URL(databaseUrl));
  const store = await openStore({ databaseUrl: proxy.url, poolSize: 4 });
  return { store, databaseUrl, breakDown: proxy.cut };
}

async function openBreakablePglite(): Promise<BreakableStore> {
  const store = await openStore({ dataDir: join(makeTempDir(), 'data') });
  return { store, databaseUrl: null, breakDown: () => store.close() };
}

export const ATTACK_TARGETS: AttackTarget[] = [
  {
    name: 'PGlite',
    skip: false,
    open: () => openStore({ dataDir: join(makeTempDir(), 'data') }),
    openBreakable: openBreakablePglite,
  },
  {
    name: 'PostgreSQL',
    skip: !postgresUrl,
    open: async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl, 'knead_attack'), poolSize: 4 }),
    openBreakable: openBreakablePostgres,
  },
];

export interface ListeningServer {
  app: FastifyInstance;
  knead: Knead;
  /** http://127.0.0.1:PORT — the server's own origin. */
  url: string;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port (real sockets, real Host and Origin headers). */
export async function listenOn(
  store: Store,
  mode: KneadMode,
  options: Partial<Omit<ServerOptions, 'knead'>> = {},
): Promise<ListeningServer> {
  const knead = await createKnead({ store, mode });
  const app = await buildServer({ knead, logLevel: false, webDir: null, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    knead,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await knead.close().catch(() => undefined);
    },
  };
}

/** Signs up then signs in over HTTP (sign-up answers 202 and sets no cookie); returns the cookie header, the
 *  session's CSRF token and the user id. */
export async function signUpOver(url: string, email = `attack-${crypto.randomUUID()}@example.org`) {
  const credentials = JSON.stringify({ email, password: 'a long enough password' });
  const post = (path: string) =>
    fetch(`${url}/api/v1/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: credentials,
    });
  const signup = await post('signup');
  if (signup.status !== 202) throw new Error(`signup failed: ${signup.status} ${await signup.text()}`);
  const response = await post('signin');
  if (response.status !== 200) throw new Error(`signin failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const body = (await response.json()) as { user: { id: string }; csrfToken: string };
  return { cookie, csrfToken: body.csrfToken, userId: body.user.id };
}

/** A raw HTTP request (node:http sends Origin and Sec-Fetch-* exactly as given, as a browser would). */
export function sendRaw(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}
