import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIT_ONE_MISS_IN, ResponseCache } from './response-cache';
import { acceptsGzip, isCacheableBody, isPlainJson } from './routes';

/** The JSON bytes the route would store. */
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
const keysOf = (cache: ResponseCache, keys: string[]) => keys.filter((key) => cache.get(key) !== undefined);

describe('ResponseCache', () => {
  it('keeps the stored bytes and hands the same entry back on every hit', () => {
    const cache = new ResponseCache(2);
    const stored = cache.store('a', bytes({ value: 1 }));
    expect(JSON.parse(stored.identity.toString())).toEqual({ value: 1 });
    expect(cache.get('a')).toBe(stored);
    expect(cache.get('b')).toBeUndefined();
  });

  it('evicts the oldest entry that was not used since it was stored (CLOCK: a hit earns a second chance)', () => {
    const cache = new ResponseCache(2);
    cache.store('a', bytes(1));
    cache.store('b', bytes(2));
    cache.get('a'); // a is used, b is not
    cache.store('c', bytes(3)); // a gets its second chance, b goes
    expect(keysOf(cache, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(cache.size).toBe(2);
  });

  it('evicts in insertion order when nothing was used', () => {
    const cache = new ResponseCache(2);
    for (const key of ['a', 'b', 'c', 'd']) cache.store(key, bytes(key));
    expect(keysOf(cache, ['a', 'b', 'c', 'd'])).toEqual(['c', 'd']);
  });

  it('never holds more than its capacity and always keeps the newest entry, whatever the access pattern', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 12 })), { maxLength: 200 }),
        (capacity, operations) => {
          const cache = new ResponseCache(capacity);
          for (const [isStore, n] of operations) {
            const key = `k${n}`;
            if (isStore) {
              const entry = cache.store(key, bytes(n));
              expect(cache.get(key)).toBe(entry);
            } else cache.get(key);
            expect(cache.size).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('stores nothing with capacity 0, and refuses a capacity that is not a whole number ≥ 0', () => {
    const cache = new ResponseCache(0);
    cache.store('a', bytes(1));
    expect([cache.size, cache.get('a')]).toEqual([0, undefined]);
    expect(() => new ResponseCache(-1)).toThrow(/whole number/);
    expect(() => new ResponseCache(1.5)).toThrow(/whole number/);
    expect(() => new ResponseCache(Number.NaN)).toThrow(/whole number/);
  });

  it('admits every miss while there is room, then one miss in ADMIT_ONE_MISS_IN, and none with capacity 0', () => {
    const cache = new ResponseCache(2);
    expect([cache.admits(), cache.admits()]).toEqual([true, true]); // not full: nothing is counted
    cache.store('a', bytes(1));
    cache.store('b', bytes(2));
    const decisions = Array.from({ length: 3 * ADMIT_ONE_MISS_IN }, () => cache.admits());
    expect(decisions.filter(Boolean)).toHaveLength(3);
    expect(decisions.indexOf(true)).toBe(ADMIT_ONE_MISS_IN - 1);
    expect(new ResponseCache(0).admits()).toBe(false);
  });

  it('compresses a cached entry once, and the gzip bytes inflate to the same JSON', () => {
    const cache = new ResponseCache(2);
    const entry = cache.store('a', bytes({ text: 'stop if it gets worse '.repeat(50) }));
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

describe('which bodies are cached under their bytes', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['application/json;charset=utf-8', true],
    ['application/jsonp', false],
    ['application/json-patch+json', false],
    ['text/plain', false],
    [undefined, false],
  ] as const)('content type %s → %s', (type, expected) => expect(isPlainJson(type)).toBe(expected));

  it.each([
    [{ 'content-type': 'application/json', 'content-length': '120' }, true],
    [{ 'content-type': 'application/json', 'content-length': '16384' }, true],
    [{ 'content-type': 'application/json', 'content-length': '16385' }, false], // large: the usual way, with its limit
    [{ 'content-type': 'application/json' }, false], // chunked: no declared length
    [{ 'content-type': 'application/json', 'content-length': '0' }, false],
    [{ 'content-type': 'application/json', 'content-length': '120', 'content-encoding': 'gzip' }, false],
    [{ 'content-type': 'text/plain', 'content-length': '120' }, false],
  ])('%j → %s', (headers, expected) => expect(isCacheableBody(headers)).toBe(expected));
});
