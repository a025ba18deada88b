import { gzipSync } from 'node:zlib';

/** One cached answer: the JSON bytes, and their gzip form once a client has asked for it. */
export interface CachedResponse {
  identity: Buffer;
  gzip?: Buffer;
}

/**
 * A bounded LRU of serialised responses. An assessment is a pure function of the validated Situation and many
 * people answer the questionnaire identically, so a repeat skips assessing, JSON.stringify, UTF-8 encoding and
 * compression. Capacity 0 turns caching off (nothing is compressed then: it would cost more than it saves).
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();

  constructor(readonly capacity: number) {}

  /** The cached entry for `key`, or a freshly computed one (then cached, evicting the least recently used). */
  getOrCompute(key: string, compute: () => unknown): CachedResponse {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const entry: CachedResponse = { identity: Buffer.from(JSON.stringify(compute())) };
    if (this.capacity > 0) {
      this.#entries.set(key, entry);
      if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
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
