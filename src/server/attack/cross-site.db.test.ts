import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER_ID } from '../../app/knead';
import { buildBackup } from '../../core/interop/backup';
import type { Store } from '../../core/repositories';
import {
  ATTACK_TARGETS,
  type ListeningServer,
  listenOn,
  removeTempDirs,
  sendRaw,
  signUpOver,
} from '../../test-support/attack-targets';
import { buildEpisode } from '../../test-support/factories';

const open: ListeningServer[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});
afterAll(removeTempDirs);

/** What a page on http://127.0.0.1:8080 (same site, other port) sends with fetch(url, { mode: 'no-cors' }). */
const NO_CORS_FROM_OTHER_PORT = {
  origin: 'http://127.0.0.1:8080',
  'sec-fetch-site': 'same-site',
  'sec-fetch-mode': 'no-cors',
  'content-type': 'text/plain;charset=UTF-8',
};
/** What a form on another site sends when it auto-submits to us. */
const FORM_FROM_EVIL = {
  origin: 'https://evil.example',
  'sec-fetch-site': 'cross-site',
  'sec-fetch-mode': 'navigate',
  'content-type': 'application/x-www-form-urlencoded',
};

async function episodeCount(store: Store, userId: string): Promise<number> {
  return (await store.journal.episodes.listAll(userId)).length;
}

describe.each(ATTACK_TARGETS)('cross-site writes are refused ($name)', (target) => {
  async function start(mode: 'local' | 'server', options = {}) {
    const store = await target.open();
    const server = await listenOn(store, mode, options);
    open.push(server);
    return { store, server };
  }

  it.skipIf(target.skip)('a no-cors text/plain POST to /import and /episodes plants nothing (local mode)', async () => {
    const { store, server } = await start('local');
    const backup = JSON.stringify(buildBackup({ episodes: [buildEpisode()], checkins: [], sessions: [] }, 'x'));
    const episode = JSON.stringify(buildEpisode());
    for (const [path, body] of [
      ['/api/v1/import', backup],
      ['/api/v1/episodes', episode],
    ] as const) {
      const attack = await sendRaw(`${server.url}${path}`, 'POST', NO_CORS_FROM_OTHER_PORT, body);
      expect([attack.status, JSON.parse(attack.body).code]).toEqual([403, 'cross-site-request']);
      expect(JSON.parse(attack.body).detail).toContain('Sec-Fetch-Site is same-site');
      // An old browser sending no Sec-Fetch-Site: the Origin alone refuses it.
      const { 'sec-fetch-site': _, ...originOnly } = NO_CORS_FROM_OTHER_PORT;
      const byOrigin = await sendRaw(`${server.url}${path}`, 'POST', originOnly, body);
      expect([byOrigin.status, JSON.parse(byOrigin.body).code]).toEqual([403, 'cross-site-request']);
      // And text/plain is no longer parsed at all, even without any browser header.
      const plain = await sendRaw(`${server.url}${path}`, 'POST', { 'content-type': 'text/plain' }, body);
      expect([plain.status, JSON.parse(plain.body).code]).toEqual([415, 'unsupported-media-type']);
    }
    expect(await episodeCount(store, LOCAL_USER_ID)).toBe(0);
  });

  it.skipIf(target.skip)('a cross-site form post is refused in local and in accounts mode', async () => {
    for (const mode of ['local', 'server'] as const) {
      const { store, server } = await start(mode);
      const victim = mode === 'server' ? await signUpOver(server.url) : null;
      const headers = victim ? { ...FORM_FROM_EVIL, cookie: victim.cookie } : FORM_FROM_EVIL;
      const form = await sendRaw(`${server.url}/api/v1/episodes`, 'POST', headers, 'region=calf&intensity=9');
      expect([form.status, JSON.parse(form.body).code]).toEqual([403, 'cross-site-request']);
      expect(JSON.parse(form.body).detail).toContain('cross-site');
      const deleteAll = await sendRaw(`${server.url}/api/v1/me/data`, 'DELETE', headers);
      expect(deleteAll.status).toBe(403);
      expect(await episodeCount(store, victim?.userId ?? LOCAL_USER_ID)).toBe(0);
    }
  });

  it.skipIf(target.skip)('a same-origin JSON post works; a CLI with neither header works', async () => {
    const { store, server } = await start('local');
    const sameOrigin = { origin: server.url, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    const ours = await sendRaw(`${server.url}/api/v1/episodes`, 'POST', sameOrigin, JSON.stringify(buildEpisode()));
    expect(ours.status).toBe(201);
    const cli = await sendRaw(
      `${server.url}/api/v1/episodes`,
      'POST',
      { 'content-type': 'application/json' },
      JSON.stringify(buildEpisode()),
    );
    expect(cli.status).toBe(201);
    expect(await episodeCount(store, LOCAL_USER_ID)).toBe(2);
  });

  it.skipIf(target.skip)('the CSRF token is bound to its session: one from another session fails', async () => {
    const { store, server } = await start('server');
    const [alice, bob] = [await signUpOver(server.url), await signUpOver(server.url)];
    expect(alice.csrfToken).not.toBe(bob.csrfToken);
    const post = (cookie: string, csrf: string) =>
      sendRaw(
        `${server.url}/api/v1/episodes`,
        'POST',
        { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        JSON.stringify(buildEpisode()),
      );
    // Bob's token (and a csrf cookie forced to match it) does not unlock Alice's session.
    const swapped = await post(
      `${alice.cookie.replace(/knead_csrf=[^;]*/, `knead_csrf=${bob.csrfToken}`)}`,
      bob.csrfToken,
    );
    expect([swapped.status, JSON.parse(swapped.body).code]).toEqual([403, 'csrf-failed']);
    expect(await episodeCount(store, alice.userId)).toBe(0);
    expect((await post(alice.cookie, alice.csrfToken)).status).toBe(201);
    const me = await sendRaw(`${server.url}/api/v1/me`, 'GET', { cookie: alice.cookie });
    expect(JSON.parse(me.body).csrfToken).toBe(alice.csrfToken);
  });

  it.skipIf(target.skip)('over TLS (KNEAD_PUBLIC_URL=https://…) the cookies are __Host- and Secure', async () => {
    const publicUrl = new URL('https://knead.example.org');
    const { server } = await start('server', { publicUrl });
    const origin = { origin: publicUrl.origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    const credentials = JSON.stringify({
      email: `tls-${crypto.randomUUID()}@example.org`,
      password: 'a long enough password',
    });
    expect((await sendRaw(`${server.url}/api/v1/auth/signup`, 'POST', origin, credentials)).status).toBe(202);
    const signin = await sendRaw(`${server.url}/api/v1/auth/signin`, 'POST', origin, credentials);
    expect(signin.status).toBe(200);
    const cookies = signin.headers['set-cookie'] as string[];
    expect(cookies.map((line) => line.split('=')[0])).toEqual(['__Host-knead_session', '__Host-knead_csrf']);
    for (const line of cookies) expect(line).toMatch(/; Path=\/;.*Secure/);
    expect(cookies.join()).not.toMatch(/Domain=/i);
    const session = (cookies[0] as string).split(';')[0] as string;
    const { csrfToken } = JSON.parse(signin.body) as { csrfToken: string };
    const write = (cookie: string) =>
      sendRaw(
        `${server.url}/api/v1/episodes`,
        'POST',
        { ...origin, cookie, 'x-csrf-token': csrfToken },
        JSON.stringify(buildEpisode()),
      );
    expect((await write(session)).status).toBe(201);
    // The unprefixed name (which a sibling subdomain could plant) is not a session over TLS.
    expect((await write(session.replace('__Host-', ''))).status).toBe(401);
    // The public origin is the only one allowed: the direct address is another origin to a browser.
    const direct = await sendRaw(`${server.url}/api/v1/episodes`, 'POST', { ...origin, origin: server.url });
    expect(direct.status).toBe(403);
  });
});
