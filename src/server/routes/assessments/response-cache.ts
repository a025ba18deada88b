import { gzipSync } from 'node:zlib';

/** Once the cache is full, one miss in this many is admitted (decision 0024). */
export const ADMIT_ONE_MISS_IN = 32;

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
 *
 * Admission: while there is room every miss is kept; once full, only one miss in ADMIT_ONE_MISS_IN is. Keeping
 * every miss made each one pay for an entry that outlives the young generation (promotion, then a mark-compact
 * of the whole heap to free it when evicted) although distinct bodies never come back before eviction. Admitting
 * a few makes a stream of distinct bodies cost almost nothing, and the entries that are kept stay long enough
 * to be hit (a scan no longer flushes the hot set); a body that becomes popular is in after a few misses.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  #missesWhileFull = 0;

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

  /** Whether the answer of a miss should be stored (see the admission rule above); counts the miss. */
  admits(): boolean {
    if (this.capacity === 0) return false;
    if (this.#entries.size < this.capacity) return true;
    this.#missesWhileFull = (this.#missesWhileFull + 1) % ADMIT_ONE_MISS_IN;
    return this.#missesWhileFull === 0;
  }

  /**
   * Keeps the JSON bytes `identity` under `key` (without a key, or with capacity 0, nothing is kept); when full,
   * evicts the oldest other entry not used since the hand passed.
   */
  store(key: string | undefined, identity: Buffer): CachedResponse {
    if (key === undefined || this.capacity === 0) return { identity, used: false };
    // A kept answer gets bytes of its own: the serialiser's are a view of a slab that other answers share.
    const entry: CachedResponse = { identity: Buffer.from(identity), used: false };
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
