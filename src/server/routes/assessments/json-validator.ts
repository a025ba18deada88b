/**
 * A check compiled once from a JSON Schema that accepts the common, valid request bodies without running zod
 * (decision 0038). It answers only "valid, and here is the value zod would have returned" or UNSURE; on UNSURE the
 * route runs the zod schema as before, so every error a client sees is still zod's, worded by describeIssues and
 * naming the field. It can therefore never reject what zod accepts; what it must never do is accept what zod
 * rejects, or return another value: json-validator.test.ts checks both against zod over random bodies, valid and
 * invalid.
 *
 * Only the forms a closed request body needs are compiled (object with `additionalProperties: false`, array of
 * items, string enum, boolean, number and integer with `minimum`/`maximum`); any other keyword throws at compile
 * time, naming where, and the route then validates with zod alone. A zod refinement (`.refine`, `.check` with a
 * custom function) does not appear in the JSON Schema at all: a schema compiled here must not carry one (the
 * property test would catch it on the bodies it breaks).
 */
import type { JsonSchema } from './json-serializer';

/** The answer of a compiled check when zod must decide (an invalid body, or a form the check does not know). */
export const UNSURE: unique symbol = Symbol('let zod decide');

type Check = (value: unknown) => unknown;

/** Keywords that say nothing about validity (documentation) and are ignored. */
const ANNOTATIONS = new Set(['$schema', 'description', 'title', 'examples', 'default', 'deprecated']);

function unsupported(where: string, keyword: string): never {
  throw new Error(`${where}: cannot compile ${keyword} (validate with zod instead)`);
}

function onlyKeywords(schema: JsonSchema, where: string, allowed: readonly string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!(ANNOTATIONS.has(keyword) || allowed.includes(keyword))) unsupported(where, keyword);
  }
}

function compileNode(schema: JsonSchema, where: string): Check {
  if (schema.enum) {
    onlyKeywords(schema, where, ['type', 'enum']);
    if (schema.type !== 'string' || !schema.enum.every((value) => typeof value === 'string'))
      unsupported(where, 'a non-string enum');
    const allowed = new Set(schema.enum as readonly string[]);
    return (value) => (typeof value === 'string' && allowed.has(value) ? value : UNSURE);
  }
  switch (schema.type) {
    case 'object':
      return compileObject(schema, where);
    case 'array': {
      onlyKeywords(schema, where, ['type', 'items']);
      if (!schema.items) unsupported(where, 'an array without items');
      const item = compileNode(schema.items, `${where}[]`);
      return (value) => {
        if (!Array.isArray(value)) return UNSURE;
        const copy: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const checked = item(value[i]);
          if (checked === UNSURE) return UNSURE;
          copy[i] = checked;
        }
        return copy;
      };
    }
    case 'boolean':
      onlyKeywords(schema, where, ['type']);
      return (value) => (typeof value === 'boolean' ? value : UNSURE);
    case 'number':
    case 'integer': {
      onlyKeywords(schema, where, ['type', 'minimum', 'maximum']);
      const integer = schema.type === 'integer';
      const min = typeof schema.minimum === 'number' ? schema.minimum : Number.NEGATIVE_INFINITY;
      const max = typeof schema.maximum === 'number' ? schema.maximum : Number.POSITIVE_INFINITY;
      // zod's z.number() refuses NaN and ±Infinity; z.int() whole numbers in the safe range.
      return (value) =>
        typeof value === 'number' &&
        (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
        value >= min &&
        value <= max
          ? value
          : UNSURE;
    }
    default:
      return unsupported(where, `type ${JSON.stringify(schema.type)}`);
  }
}

function compileObject(schema: JsonSchema, where: string): Check {
  onlyKeywords(schema, where, ['type', 'properties', 'required', 'additionalProperties']);
  if (schema.additionalProperties !== false) unsupported(where, 'an open object');
  const names = Object.keys(schema.properties ?? {});
  const properties = schema.properties ?? {};
  const checks = names.map((name) => compileNode(properties[name] as JsonSchema, `${where}.${name}`));
  const known = new Set(names);
  const required = schema.required ?? [];
  for (const name of required) if (!known.has(name)) unsupported(where, `required ${name} without a schema`);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
    const record = value as Record<string, unknown>;
    for (const name in record) if (!known.has(name)) return UNSURE; // zod names the unknown key
    for (const name of required) if (record[name] === undefined) return UNSURE;
    // A new object in the schema's order, holding the keys the body has: what zod's parse returns.
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      if (!Object.hasOwn(record, name)) continue;
      const checked = (checks[i] as Check)(record[name]);
      if (checked === UNSURE) return UNSURE;
      out[name] = checked;
    }
    return out;
  };
}

/**
 * Compiles `schema` (z.toJSONSchema of a zod schema, `io: 'input'`) into a check returning the parsed value or UNSURE.
 * @example compileJsonValidator({ type: 'object', properties: { a: { type: 'boolean' } }, additionalProperties: false })({ a: true }) // { a: true }
 */
export function compileJsonValidator(schema: JsonSchema): Check {
  return compileNode(schema, '$');
}
