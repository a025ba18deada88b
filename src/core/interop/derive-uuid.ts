/** Deterministic UUID-shaped ids for derived FHIR resources, so repeated exports keep the same fullUrls. */

/**
 * A UUID (variant 1, version 8 "custom") derived from a seed by four independent 32-bit FNV-1a hashes.
 * Not cryptographic: it only needs to be stable and spread out.
 * @example deriveUuid('episode-1:assessment') === deriveUuid('episode-1:assessment') // true
 */
export function deriveUuid(seed: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((basis, round) => {
    let hash = basis >>> 0;
    const salted = `${round}:${seed}`;
    for (let i = 0; i < salted.length; i++) {
      hash ^= salted.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
