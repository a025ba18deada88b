import { SOURCES, type SourceId } from '../sources';

/** A value with every `source` id also resolved to its readable `citation`, recursively. */
export type Cited<T> = T extends string | number | boolean | null | undefined
  ? T
  : // biome-ignore lint/complexity/noBannedTypes: functions stay functions so the JSON check rejects them
    T extends Function
    ? T
    : T extends readonly (infer U)[]
      ? readonly Cited<U>[]
      : T extends { source: SourceId }
        ? { [K in keyof T]: Cited<T[K]> } & { citation: string }
        : { [K in keyof T]: Cited<T[K]> };

/** Any JSON value; the knowledge base must be one (no functions, no undefined, no classes). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && Object.hasOwn(SOURCES, value);
}

/**
 * Copies a value, adding `citation` next to every known `source` id, so printed knowledge is readable.
 * @example addCitations({ source: 'nhs:leg-cramps' }) // { source: 'nhs:leg-cramps', citation: 'NHS: Leg cramps' }
 */
export function addCitations<T>(value: T): Cited<T> {
  if (Array.isArray(value)) return value.map((element) => addCitations(element)) as Cited<T>;
  if (value === null || typeof value !== 'object') return value as Cited<T>;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = addCitations(field);
  const source = (value as { source?: unknown }).source;
  if (isSourceId(source)) copy.citation = SOURCES[source];
  return copy as Cited<T>;
}
