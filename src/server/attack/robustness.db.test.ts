import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER_ID } from '../../app/knead';
import { createMemoryStore } from '../../store/memory-store';
import {
  ATTACK_TARGETS,
  type ListeningServer,
  listenOn,
  removeTempDirs,
  sendRaw,
} from '../../test-support/attack-targets';
import { buildEpisode } from '../../test-support/factories';
import { buildServer, SOCKET_LIMITS } from '../build-server';

const open: ListeningServer[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});
afterAll(removeTempDirs);

const JSON_HEADERS = { 'content-type': 'application/json' };

describe.each(ATTACK_TARGETS)('lone surrogates are refused, never stored as U+FFFD ($name)', (target) => {
  it.skipIf(target.skip)('a lone surrogate in any field answers 400 naming the field; nothing is stored', async () => {
    const store = await target.open();
    const server = await listenOn(store, 'local');
    open.push(server);
    const episode = buildEpisode();
    const cases: [string, string, string][] = [
      [
        '/api/v1/episodes',
        JSON.stringify({ ...episode, notes: 'ok' }).replace('"ok"', '"cramp \\ud800 at night"'),
        'notes',
      ],
      [
        '/api/v1/episodes',
        JSON.stringify({ ...episode, context: ['night', 'X'] }).replace('"X"', '"\\udfff"'),
        'context[1]',
      ],
      [
        '/api/v1/import',
        JSON.stringify({
          format: 'knead-backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          episodes: [{ ...episode, notes: 'Y' }],
        }).replace('"Y"', '"\\ud83d"'),
        'episodes[0].notes',
      ],
    ];
    for (const [path, body, field] of cases) {
      const response = await sendRaw(`${server.url}${path}`, 'POST', JSON_HEADERS, body);
      expect([response.status, JSON.parse(response.body).code]).toEqual([400, 'unstorable-value']);
      expect(JSON.parse(response.body).errors).toEqual([
        { path: field, message: expect.stringContaining('surrogate') },
      ]);
    }
    expect(await store.journal.episodes.listAll(LOCAL_USER_ID)).toEqual([]);
    // A well-formed pair (an emoji written as two escapes) is text, and is stored exactly.
    const emoji = JSON.stringify({ ...episode, notes: 'E' }).replace('"E"', '"\\ud83d\\ude00"');
    expect((await sendRaw(`${server.url}/api/v1/episodes`, 'POST', JSON_HEADERS, emoji)).status).toBe(201);
    expect((await store.journal.episodes.listAll(LOCAL_USER_ID))[0]?.notes).toBe('😀');
  });
});

/** Opens a socket, sends the headers of a 1 MB POST, then one body byte every 200 ms; resolves when it is closed. */
function dribble(url: string): { socket: Socket; closed: Promise<number> } {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  const started = Date.now();
  socket.on('error', () => undefined);
  socket.write(
    `POST /api/v1/episodes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n`,
  );
  const timer = setInterval(() => socket.writable && socket.write(' '), 200);
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    }),
  );
  return { socket, closed };
}

describe.each(ATTACK_TARGETS)('slow clients are dropped ($name)', (target) => {
  it.skipIf(target.skip)(
    '50 sockets dribbling a body are closed within the request timeout; others are served',
    async () => {
      const store = await target.open();
      const limits = { requestMs: 1_500, headersMs: 1_000, idleMs: 10_000, checkEveryMs: 250 };
      const server = await listenOn(store, 'local', { socketLimits: limits });
      open.push(server);
      const slow = Array.from({ length: 50 }, () => dribble(server.url));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const normal = await sendRaw(
        `${server.url}/api/v1/episodes`,
        'POST',
        JSON_HEADERS,
        JSON.stringify(buildEpisode()),
      );
      expect(normal.status).toBe(201);
      const lifetimes = await Promise.all(slow.map((client) => client.closed));
      const longest = Math.max(...lifetimes);
      expect(longest).toBeGreaterThanOrEqual(limits.requestMs);
      expect(longest).toBeLessThan(limits.requestMs + limits.checkEveryMs + 1_500);
      for (const client of slow) expect(client.socket.destroyed).toBe(true);
      expect(await store.journal.episodes.listAll(LOCAL_USER_ID)).toHaveLength(1);
    },
  );
});

describe('socket limits are on by default', () => {
  it('the server has a request, header and idle timeout (Fastify defaults to none)', async () => {
    const { createKnead } = await import('../../app/knead');
    const app = await buildServer({
      knead: await createKnead({ store: createMemoryStore(), mode: 'local' }),
      logLevel: false,
    });
    expect(app.server.requestTimeout).toBe(SOCKET_LIMITS.requestMs);
    expect(app.server.headersTimeout).toBe(SOCKET_LIMITS.headersMs);
    expect(app.server.timeout).toBe(SOCKET_LIMITS.idleMs);
    expect(SOCKET_LIMITS.requestMs).toBeGreaterThan(0);
    await app.close();
  });
});
