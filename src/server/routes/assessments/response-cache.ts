/**
 * A bounded LRU of serialised responses. An assessment is a pure function of the validated Situation and many
 * people answer the questionnaire identically, so a repeat skips assessing, JSON.stringify and UTF-8 encoding.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Buffer>();

  constructor(readonly capacity: number) {}

  /** The cached bytes for `key`, or the freshly computed ones (then cached, evicting the least recently used). */
  getOrCompute(key: string, compute: () => unknown): Buffer {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const bytes = Buffer.from(JSON.stringify(compute()));
    if (this.capacity > 0) {
      this.#entries.set(key, bytes);
      if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    }
    return bytes;
  }

  get size(): number {
    return this.#entries.size;
  }
}
