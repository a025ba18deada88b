import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { base32ToBytes, rfc6238 } from '../test-support/rfc6238';
import { matchTotp } from './two-factor';

// RFC 6238 appendix B, SHA-1 column: the shared secret is the ASCII string "12345678901234567890".
const RFC_KEY = Buffer.from('12345678901234567890');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP against an independent RFC 6238 implementation', () => {
  it('the independent implementation reproduces the RFC 6238 test vectors', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(rfc6238(RFC_KEY, seconds, 8)).toBe(code);
  });

  it('otpauth (the library Knead uses) reproduces them too', () => {
    for (const [seconds, code] of RFC_VECTORS) {
      const totp = new TOTP({ secret: base32Of(RFC_KEY), digits: 8, period: 30, algorithm: 'SHA1' });
      expect(totp.generate({ timestamp: seconds * 1000 })).toBe(code);
    }
  });

  it('matchTotp accepts the code the independent implementation computes (±1 step), once per step', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const at = new Date('2026-11-24T10:00:15Z');
    const seconds = at.getTime() / 1000;
    const step = Math.floor(seconds / 30);
    const key = base32ToBytes(secret);
    expect(matchTotp(secret, rfc6238(key, seconds), at)).toBe(step);
    expect(matchTotp(secret, rfc6238(key, seconds - 30), at)).toBe(step - 1);
    expect(matchTotp(secret, rfc6238(key, seconds + 30), at)).toBe(step + 1);
    expect(matchTotp(secret, rfc6238(key, seconds - 90), at)).toBeNull();
  });
});

function base32Of(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
  return (bits.match(/.{1,5}/g) ?? []).map((chunk) => alphabet[Number.parseInt(chunk.padEnd(5, '0'), 2)]).join('');
}
