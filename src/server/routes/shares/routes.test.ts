import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReportUseCases } from '../../../app/report/report-use-cases';
import { createShareUseCases, hashShareToken } from '../../../app/report/share-use-cases';
import { buildEpisodeFixture } from '../../../core/interop/journal-fixtures';
import { createMemoryStore } from '../../../store/memory-store';
import { buildTestServer, signUp } from '../../../test-support/server-fixture';

describe('share links (accounts mode)', () => {
  let app: FastifyInstance;
  let alice: Awaited<ReturnType<typeof signUp>>;
  let bob: Awaited<ReturnType<typeof signUp>>;
  beforeAll(async () => {
    app = await buildTestServer('server');
    alice = await signUp(app);
    bob = await signUp(app);
    const episode = buildEpisodeFixture({ startedAt: '2026-03-01T02:10:00Z' });
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/episodes', headers: alice.headers, payload: episode }))
        .statusCode,
    ).toBe(201);
  });

  it('creates an unguessable link whose report opens without sign-in, logging each access', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/shares',
      headers: alice.headers,
      payload: { from: '2026-02-01', to: '2026-03-31', label: 'Dr Rossi', expiresInDays: 7 },
    });
    expect(created.statusCode).toBe(201);
    const share = created.json();
    // 32 random bytes, base64url: 256 bits.
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share).not.toHaveProperty('userId');
    const pdf = await app.inject({ url: `/api/v1${share.pdfPath}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const html = await app.inject({ url: `/api/v1${share.htmlPath}` });
    expect(html.body).toContain('Episodes (1)');
    expect(html.headers['x-robots-tag']).toContain('noindex');
    const listed = await app.inject({ url: '/api/v1/shares', headers: alice.headers });
    const mine = listed.json().find((s: { id: string }) => s.id === share.id);
    expect(mine.accesses.map((a: { what: string }) => a.what).sort()).toEqual(['report.html', 'report.pdf']);
    expect(JSON.stringify(listed.json())).not.toContain(share.token);
  });

  it('is revocable by its owner only; unknown and revoked tokens look the same (404)', async () => {
    const share = (
      await app.inject({ method: 'POST', url: '/api/v1/shares', headers: alice.headers, payload: {} })
    ).json();
    const asBob = await app.inject({ method: 'DELETE', url: `/api/v1/shares/${share.id}`, headers: bob.headers });
    expect(asBob.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/shares', headers: bob.headers })).json()).toEqual([]);
    const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/shares/${share.id}`, headers: alice.headers });
    expect(revoked.statusCode).toBe(204);
    const gone = await app.inject({ url: `/api/v1${share.pdfPath}` });
    expect(gone.statusCode).toBe(404);
    const guessed = await app.inject({ url: `/api/v1/shared/${'A'.repeat(43)}/report.pdf` });
    expect(guessed.statusCode).toBe(404);
    expect(guessed.json().detail).toBe(gone.json().detail);
  });

  it('keeps reports and exports per user: no sign-in is 401, another user sees none of the data', async () => {
    expect((await app.inject({ url: '/api/v1/report.pdf' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/export?format=fhir' })).statusCode).toBe(401);
    const bobs = await app.inject({ url: '/api/v1/report.html?from=2026-02-01&to=2026-03-31', headers: bob.headers });
    expect(bobs.body).toContain('Episodes (0)');
    const csv = await app.inject({ url: '/api/v1/export?format=csv', headers: bob.headers });
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('requires sign-in to create or list links, and validates the body', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/shares', payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/shares' })).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/shares',
      headers: alice.headers,
      payload: { expiresInDays: 365 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('expiresInDays');
  });
});

describe('share use cases', () => {
  it('stores only the SHA-256 of the token and stops serving after expiry', async () => {
    const store = createMemoryStore();
    await store.accounts.ensureUser('01950000-0000-7000-8000-0000000000ee');
    let now = new Date('2026-03-01T00:00:00Z');
    const clock = () => now;
    const shares = createShareUseCases(store, createReportUseCases(store, clock), clock);
    const share = await shares.createShare('01950000-0000-7000-8000-0000000000ee', { expiresInDays: 1 });
    expect(await store.shares.findActiveByTokenHash(share.token, now)).toBeNull();
    expect(await store.shares.findActiveByTokenHash(hashShareToken(share.token), now)).not.toBeNull();
    expect(await shares.openShared(share.token, 'html')).toContain('<!doctype html>');
    now = new Date('2026-03-02T00:00:01Z');
    await expect(shares.openShared(share.token, 'pdf')).rejects.toMatchObject({ status: 404 });
  });
});
