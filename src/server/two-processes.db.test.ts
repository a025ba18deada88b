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
    const credentials = JSON.stringify({ email: 'dana@example.org', password: 'a long enough password' });
    const json = { 'content-type': 'application/json' };
    const created = await fetch(`${a.url}/api/v1/auth/signup`, { method: 'POST', headers: json, body: credentials });
    expect(created.status).toBe(202);
    const signup = await fetch(`${b.url}/api/v1/auth/signin`, { method: 'POST', headers: json, body: credentials });
    expect(signup.status).toBe(200);
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

    // Both sign-in limits are counted in the database: alternating processes doubles neither. Per account: five
    // wrong passwords, then the account is locked on both processes (even for the right password)...
    const signIn = (server: SpawnedServer, email: string, password = 'not the password') =>
      fetch(`${server.url}/api/v1/auth/signin`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, password }),
      }).then(async (response) => `${response.status} ${((await response.json()) as { code?: string }).code ?? ''}`);
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await signIn(i % 2 === 0 ? a : b, 'dana@example.org'));
    expect(statuses).toEqual(Array(5).fill('401 invalid-credentials'));
    expect(await signIn(b, 'dana@example.org', 'a long enough password')).toBe('429 account-locked');
    // ...and per address: 10 a minute (7 so far, with the first sign-in), whichever accounts they name.
    for (let i = 0; i < 3; i++) statuses.push(await signIn(i % 2 === 0 ? a : b, `nobody-${i}@example.org`));
    expect(statuses.slice(5)).toEqual(Array(3).fill('401 invalid-credentials'));
    expect([await signIn(a, 'x@example.org'), await signIn(b, 'y@example.org')]).toEqual([
      '429 rate-limited',
      '429 rate-limited',
    ]);
  }, 120_000);
});
