import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnead } from '../app/knead';
import { createMemoryStore } from '../store/memory-store';
import { buildTestServer } from '../test-support/server-fixture';
import { checkHost, startServer } from './start-server';

function makeWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knead-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Knead</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  return dir;
}

describe('serving the web app', () => {
  it('serves the build with SPA fallback for HTML GETs, and problems for the API', async () => {
    const app = await buildTestServer('local', createMemoryStore(), makeWebDir());
    const root = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect([root.statusCode, root.body]).toEqual([200, expect.stringContaining('<title>Knead</title>')]);
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const deepLink = await app.inject({ method: 'GET', url: '/journal/2026', headers: { accept: 'text/html' } });
    expect([deepLink.statusCode, deepLink.body]).toEqual([200, expect.stringContaining('id="root"')]);
    expect(deepLink.headers['content-security-policy']).toContain("default-src 'self'");
    const api = await app.inject({ method: 'GET', url: '/api/v1/missing', headers: { accept: 'text/html' } });
    expect([api.statusCode, api.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
  });
});

describe('local mode binding', () => {
  it('refuses any non-loopback host unless accounts mode is on', async () => {
    const local = await createKnead({ store: createMemoryStore(), mode: 'local' });
    expect(() => checkHost(local, '127.0.0.1')).not.toThrow();
    expect(() => checkHost(local, '0.0.0.0')).toThrow(/refusing to listen on 0.0.0.0/);
    const server = await createKnead({ store: createMemoryStore(), mode: 'server' });
    expect(() => checkHost(server, '0.0.0.0')).not.toThrow();
  });
});

describe('before the web app is built (a plain `npm install`)', () => {
  it.each([
    ['no web directory at all', null],
    ['an empty dist/web', mkdtempSync(join(tmpdir(), 'knead-web-empty-'))],
  ])('%s: / answers a page saying to run `npm run build`, never a bare 404', async (_label, webDir) => {
    const app = await buildTestServer('local', createMemoryStore(), webDir);
    for (const accept of ['text/html,application/xhtml+xml', '*/*']) {
      const root = await app.inject({ method: 'GET', url: '/', headers: { accept } });
      expect(root.statusCode).toBe(503);
      expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(root.body).toContain('<code>npm run build</code>');
    }
    const deepLink = await app.inject({ method: 'GET', url: '/journal', headers: { accept: 'text/html' } });
    expect([deepLink.statusCode, deepLink.body]).toEqual([503, expect.stringContaining('npm run build')]);
    const api = await app.inject({ method: 'GET', url: '/api/v1/missing', headers: { accept: 'text/html' } });
    expect([api.statusCode, api.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
  });

  it('startServer reports whether the web app is built, so `knead serve` can log what to run', async () => {
    const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
    const server = await startServer({
      knead,
      port: 0,
      logLevel: false,
      webDir: mkdtempSync(join(tmpdir(), 'knead-')),
    });
    try {
      expect(server.webBuilt).toBe(false);
      const page = await fetch(`${server.url}/`);
      expect([page.status, await page.text()]).toEqual([503, expect.stringContaining('npm run build')]);
    } finally {
      await server.close();
    }
  });
});
