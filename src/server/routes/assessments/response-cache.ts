import { gzipSync } from 'node:zlib';

/** One cached answer: the JSON bytes, and their gzip form once a client has asked for it. */
export interface CachedResponse {
  identity: Buffer;
  gzip?: Buffer;
  /** Set on every hit, cleared when the eviction hand passes (the "second chance" of the CLOCK algorithm). */
  used: boolean;
}

/**
 * A bounded cache of serialised responses. An assessment is a pure function of the request body and many people
 * answer the questionnaire identically, so a repeat skips parsing, validating, assessing, serialising and
 * compression. Capacity 0 turns caching off (nothing is compressed then: it would cost more than it
 * saves).
 *
 * Eviction approximates least-recently-used with the CLOCK algorithm: a hit only sets a flag, so the hot path
 * never reorders the map (a delete and re-insert per hit measurably slowed every request).
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`cache capacity must be a whole number ≥ 0 (got ${capacity})`);
  }

  /** The cached entry for `key`, or undefined. */
  get(key: string): CachedResponse | undefined {
    const hit = this.#entries.get(key);
    if (hit) hit.used = true;
    return hit;
  }

  /**
   * Keeps the JSON bytes `identity` under `key` (without a key, or with capacity 0, nothing is kept); when full,
   * evicts the oldest other entry not used since the hand passed.
   */
  store(key: string | undefined, identity: Buffer): CachedResponse {
    const entry: CachedResponse = { identity, used: false };
    if (key === undefined || this.capacity === 0) return entry;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.capacity) {
      const [oldestKey, oldest] = this.#entries.entries().next().value as [string, CachedResponse];
      this.#entries.delete(oldestKey);
      // The entry just stored always stays; a used one gets a second chance: both go to the back of the queue.
      if (oldestKey === key || oldest.used) {
        oldest.used = false;
        this.#entries.set(oldestKey, oldest);
      }
    }
    return entry;
  }

  /** The gzip bytes of a cached entry, compressed on first use (~9 KB of JSON becomes ~2.5 KB). */
  gzipOf(entry: CachedResponse): Buffer | undefined {
    if (this.capacity === 0) return undefined;
    entry.gzip ??= gzipSync(entry.identity, { level: 6 });
    return entry.gzip;
  }

  get size(): number {
    return this.#entries.size;
  }
}
