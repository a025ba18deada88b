import { describe, expect, it } from 'vitest';
import { ApiError, readCsrfToken } from './api-client';

describe('readCsrfToken', () => {
  it('finds the knead_csrf cookie among others', () => {
    expect(readCsrfToken('a=1; knead_csrf=abc%3D; b=2')).toBe('abc=');
  });
  it('prefers the __Host- prefixed cookie a TLS server sets', () => {
    expect(readCsrfToken('knead_csrf=stale; __Host-knead_csrf=fresh')).toBe('fresh');
  });
  it('returns null when the cookie is absent', () => {
    expect(readCsrfToken('knead_session=x')).toBeNull();
  });
});

describe('ApiError', () => {
  it('marks network failures', () => {
    expect(new ApiError(0, 'network', 'offline').isNetwork).toBe(true);
    expect(new ApiError(400, 'validation', 'bad').isNetwork).toBe(false);
  });
});
