import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  it('computes once per key and evicts the least recently used', () => {
    const cache = new ResponseCache(2);
    let calls = 0;
    const compute = (value: number) => () => {
      calls += 1;
      return { value };
    };
    expect(JSON.parse(cache.getOrCompute('a', compute(1)).toString())).toEqual({ value: 1 });
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
});
