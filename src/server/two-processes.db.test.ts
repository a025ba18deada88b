import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildEpisode } from '../test-support/factories';
import { type SpawnedServer, spawnServer } from '../test-support/spawn-server';
import { createTestDatabase } from '../test-support/test-database';

const postgresUrl = inject('postgresUrl');
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

describe.skipIf(!postgresUrl)('two API processes on one PostgreSQL (stateless processes)', () => {
  it('a session made on one process works on the other', async () => {
    const env = { DATABASE_URL: await createTestDatabase(postgresUrl), KNEAD_MODE: 'server' };
    const [a, b] = await Promise.all([spawnServer([], env), spawnServer([], env)]);
    servers.push(a, b);
    const signup = await fetch(`${a.url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dana@example.org', password: 'a long enough password' }),
    });
    expect(signup.status).toBe(201);
    const cookies = Object.fromEntries(signup.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=') ?? []));
    const headers = {
      cookie: `knead_session=${cookies.knead_session}; knead_csrf=${cookies.knead_csrf}`,
      'x-csrf-token': cookies.knead_csrf as string,
      'content-type': 'application/json',
    };
    const me = await fetch(`${b.url}/api/v1/me`, { headers });
    expect(await me.json()).toMatchObject({ mode: 'server', user: { email: 'dana@example.org' } });
    const episode = buildEpisode();
    const written = await fetch(`${b.url}/api/v1/episodes`, { method: 'POST', headers, body: JSON.stringify(episode) });
    expect(written.status).toBe(201);
    const read = await fetch(`${a.url}/api/v1/episodes/${episode.id}`, { headers });
    expect(await read.json()).toMatchObject({ id: episode.id, region: episode.region });
    const { 'content-type': _json, ...noBody } = headers;
    const signout = await fetch(`${a.url}/api/v1/auth/signout`, { method: 'POST', headers: noBody });
    expect(signout.status).toBe(204);
    expect((await fetch(`${b.url}/api/v1/episodes`, { headers })).status).toBe(401);

    // The sign-in limit (10 a minute per address) is counted in the database: alternating processes does not
    // double it.
    const wrongSignIn = (server: SpawnedServer) =>
      fetch(`${server.url}/api/v1/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'dana@example.org', password: 'not the password' }),
      }).then((response) => response.status);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await wrongSignIn(i % 2 === 0 ? a : b));
    expect(statuses).toEqual(Array(10).fill(401));
    expect([await wrongSignIn(a), await wrongSignIn(b)]).toEqual([429, 429]);
  }, 120_000);
});
