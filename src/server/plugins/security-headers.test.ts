import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

const asRecord = (list: readonly string[]) =>
  Object.fromEntries(list.flatMap((value, i) => (i % 2 === 0 ? [[value, list[i + 1]]] : [])));

describe('securityHeaders', () => {
  it('gives every response a strict CSP, no sniffing, no framing and no referrer', () => {
    const headers = asRecord(securityHeaders('/', false));
    expect(headers).toMatchObject({
      'content-security-policy': expect.stringContaining("script-src 'self'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers).not.toHaveProperty('cache-control');
    expect(headers).not.toHaveProperty('strict-transport-security');
  });

  it('forbids caching API answers, allows inline styles only on the API docs, and adds HSTS over TLS', () => {
    expect(asRecord(securityHeaders('/api/v1/assessments', false))['cache-control']).toBe('no-store');
    expect(asRecord(securityHeaders('/api/v1/docs/static/index.html', false))['content-security-policy']).toContain(
      "style-src 'self' 'unsafe-inline'",
    );
    expect(asRecord(securityHeaders('/api/v1/episodes', false))['content-security-policy']).not.toContain(
      'unsafe-inline',
    );
    expect(asRecord(securityHeaders('/', true))['strict-transport-security']).toContain('max-age=31536000');
  });
});
