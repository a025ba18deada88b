import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';
import { acceptsGzip } from './routes';

describe('ResponseCache', () => {
  it('computes once per key and evicts the least recently used', () => {
    const cache = new ResponseCache(2);
    let calls = 0;
    const compute = (value: number) => () => {
      calls += 1;
      return { value };
    };
    expect(JSON.parse(cache.getOrCompute('a', compute(1)).identity.toString())).toEqual({ value: 1 });
    cache.getOrCompute('a', compute(99));
    expect(calls).toBe(1);
    cache.getOrCompute('b', compute(2));
    cache.getOrCompute('a', compute(99)); // a is now the most recent
    cache.getOrCompute('c', compute(3)); // evicts b
    expect(cache.size).toBe(2);
    cache.getOrCompute('b', compute(4));
    expect(calls).toBe(4);
  });

  it('stores nothing with capacity 0', () => {
    const cache = new ResponseCache(0);
    cache.getOrCompute('a', () => 1);
    expect(cache.size).toBe(0);
  });

  it('compresses a cached entry once, and the gzip bytes inflate to the same JSON', () => {
    const cache = new ResponseCache(2);
    const entry = cache.getOrCompute('a', () => ({ text: 'stop if it gets worse '.repeat(50) }));
    const gzip = cache.gzipOf(entry);
    expect(gzip && gzip.length < entry.identity.length).toBe(true);
    expect(cache.gzipOf(entry)).toBe(gzip);
    expect(gunzipSync(gzip as Buffer).equals(entry.identity)).toBe(true);
    expect(new ResponseCache(0).gzipOf(entry)).toBeUndefined();
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['deflate', false],
    [undefined, false],
  ] as const)('%s → %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected));
});
