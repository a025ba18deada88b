/**
 * A JSON serialiser compiled once from a JSON Schema, writing UTF-8 bytes straight into one buffer (decision 0024).
 *
 * An assessment is ~5 KB made of ~70 strings, nearly all of them the same few hundred texts and sources from the
 * rules tables, often with non-ASCII characters (—, ’). JSON.stringify then Buffer.from re-escapes and re-encodes
 * every one on every answer (~40 µs); fast-json-stringify is slower still here (it, too, builds a string). This one
 * keeps the escaped UTF-8 bytes of each string it has met (within a byte budget), precomputes the key and
 * punctuation bytes of every object from the schema, and only copies bytes.
 *
 * Only the schema forms a closed response needs are accepted (object with `additionalProperties: false`, array,
 * string, enum, number, integer, boolean, null, and `anyOf` of one of these with null); anything else throws at
 * compile time, naming where, so a property can never be silently dropped. Properties are written in the schema's
 * order, which is the order the core builds them in (the tests check the bytes equal JSON.stringify's).
 */

/** A JSON Schema node, as z.toJSONSchema writes them. */
export interface JsonSchema {
  type?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  [keyword: string]: unknown;
}

/** Escaped strings kept at most, in bytes: the rules tables hold ~540 distinct strings (~60 KB). */
const STRING_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes of one slab; a slab holds a dozen answers, each handed out as a view, and is never written over. */
const SLAB_BYTES = 64 * 1024;
/** A new slab is taken when less than this is left: most answers then fit without growing. */
const SLAB_MIN_FREE = 16 * 1024;

/**
 * The output: answers are written one after another into a slab and handed out as views of it, so an answer costs
 * neither an allocation nor a copy of its own (allocating and copying ~5 KB was a sixth of the serialiser). A full
 * slab is replaced, never reused, so a view handed out stays as it was; the garbage collector frees a slab once no
 * view of it is left. Whoever keeps an answer long (the response cache) copies it, so as not to pin the slab.
 */
class Writer {
  out = Buffer.allocUnsafe(SLAB_BYTES);
  start = 0;
  pos = 0;

  begin(): void {
    if (this.out.length - this.pos < SLAB_MIN_FREE) {
      this.out = Buffer.allocUnsafe(SLAB_BYTES);
      this.pos = 0;
    }
    this.start = this.pos;
  }

  end(): Buffer {
    const bytes = this.out.subarray(this.start, this.pos);
    this.start = this.pos;
    return bytes;
  }

  put(bytes: Buffer): void {
    const length = bytes.length;
    if (this.pos + length > this.out.length) this.grow(length);
    const out = this.out;
    let pos = this.pos;
    // A short piece (keys, punctuation, enum values) is copied byte by byte: Uint8Array#set costs more than that.
    if (length < 48) for (let i = 0; i < length; i++) out[pos++] = bytes[i] as number;
    else {
      out.set(bytes, pos);
      pos += length;
    }
    this.pos = pos;
  }

  /** Moves the answer being written to a new slab with room for `needed` more bytes. */
  grow(needed: number): void {
    const written = this.pos - this.start;
    const bigger = Buffer.allocUnsafe(Math.max(SLAB_BYTES, 2 * (written + needed)));
    this.out.copy(bigger, 0, this.start, this.pos);
    this.out = bigger;
    this.start = 0;
    this.pos = written;
  }
}

type Write = (value: unknown, writer: Writer) => void;

const bytesOf = (text: string) => Buffer.from(text);
const NULL = bytesOf('null');
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const OPEN_ARRAY = bytesOf('[');
const CLOSE_ARRAY = bytesOf(']');
const COMMA = bytesOf(',');

function wrongType(where: string, expected: string, value: unknown): never {
  throw new TypeError(`cannot serialise ${where}: expected ${expected}, got ${JSON.stringify(value) ?? typeof value}`);
}

/** Escaped UTF-8 bytes of strings met before, shared by every serialiser (the texts repeat across schemas too). */
const knownStrings = new Map<string, Buffer>();
let knownBytes = 0;

function stringBytes(text: string): Buffer {
  let bytes = knownStrings.get(text);
  if (bytes === undefined) {
    bytes = bytesOf(JSON.stringify(text));
    // Past the budget a new string is encoded each time: slower, never wrong, never unbounded.
    if (knownBytes + bytes.length <= STRING_BUDGET_BYTES) {
      knownStrings.set(text, bytes);
      knownBytes += bytes.length;
    }
  }
  return bytes;
}

/** Small whole numbers (durations, counts) are looked up; any other number is written as JSON.stringify would. */
const SMALL_INTEGERS = Array.from({ length: 1024 }, (_, n) => bytesOf(String(n)));
const numberBytes = (value: number) =>
  (Number.isInteger(value) && value >= 0 && SMALL_INTEGERS[value]) || bytesOf(JSON.stringify(value));

function compileNode(schema: JsonSchema, where: string): Write {
  if (schema.anyOf) {
    const others = schema.anyOf.filter((option) => option.type !== 'null');
    if (others.length !== 1 || schema.anyOf.length !== 2 || !others[0])
      throw new Error(`${where}: only anyOf [schema, {type: null}] is supported`);
    const inner = compileNode(others[0], where);
    return (value, writer) => (value === null ? writer.put(NULL) : inner(value, writer));
  }
  if (schema.enum) return compileEnum(schema.enum, where);
  switch (schema.type) {
    case 'object':
      return compileObject(schema, where);
    case 'array': {
      if (!schema.items) throw new Error(`${where}: an array needs its items schema`);
      const item = compileNode(schema.items, `${where}[]`);
      return (value, writer) => {
        if (!Array.isArray(value)) wrongType(where, 'an array', value);
        writer.put(OPEN_ARRAY);
        for (let i = 0; i < value.length; i++) {
          if (i > 0) writer.put(COMMA);
          item(value[i], writer);
        }
        writer.put(CLOSE_ARRAY);
      };
    }
    case 'string':
      return (value, writer) =>
        writer.put(typeof value === 'string' ? stringBytes(value) : wrongType(where, 'a string', value));
    case 'number':
    case 'integer':
      return (value, writer) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) wrongType(where, 'a finite number', value);
        writer.put(numberBytes(value));
      };
    case 'boolean':
      return (value, writer) => {
        if (typeof value !== 'boolean') wrongType(where, 'a boolean', value);
        writer.put(value ? TRUE : FALSE);
      };
    case 'null':
      return (value, writer) => writer.put(value === null ? NULL : wrongType(where, 'null', value));
    default:
      throw new Error(`${where}: unsupported schema ${JSON.stringify(schema)}`);
  }
}

function compileEnum(values: readonly unknown[], where: string): Write {
  const encoded = new Map(values.map((value) => [value, bytesOf(JSON.stringify(value))]));
  const allowed = values.map((value) => JSON.stringify(value)).join(', ');
  return (value, writer) => writer.put(encoded.get(value) ?? wrongType(where, `one of ${allowed}`, value));
}

function compileObject(schema: JsonSchema, where: string): Write {
  if (schema.additionalProperties !== false)
    throw new Error(`${where}: only closed objects (additionalProperties: false) are supported`);
  const required = new Set(schema.required ?? []);
  const fields = new Map(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      {
        required: required.has(name),
        write: compileNode(property, `${where}.${name}`),
        // The key with what precedes it: `{"name":` for the first property written, `,"name":` after one.
        first: bytesOf(`{${JSON.stringify(name)}:`),
        next: bytesOf(`,${JSON.stringify(name)}:`),
      },
    ]),
  );
  for (const name of required) if (!fields.has(name)) throw new Error(`${where}: required ${name} has no schema`);
  const requiredCount = required.size;
  const allowed = [...fields.keys()].join(', ');
  const EMPTY = bytesOf('{}');
  const CLOSE = bytesOf('}');
  return (value, writer) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) wrongType(where, 'an object', value);
    const record = value as Record<string, unknown>;
    let written = false;
    let requiredSeen = 0;
    // In the object's own key order, as JSON.stringify writes it; a key the schema does not name is an error.
    for (const name in record) {
      const property = record[name];
      const field = fields.get(name);
      if (field === undefined)
        throw new TypeError(`cannot serialise ${where}: unknown property ${name} (allowed: ${allowed})`);
      if (property === undefined) continue; // as JSON.stringify does, undefined leaves the property out
      if (field.required) requiredSeen++;
      writer.put(written ? field.next : field.first);
      field.write(property, writer);
      written = true;
    }
    if (requiredSeen !== requiredCount) {
      const missing = [...required].filter((name) => record[name] === undefined).join(', ');
      throw new TypeError(`cannot serialise ${where}: required ${missing} missing`);
    }
    writer.put(written ? CLOSE : EMPTY);
  };
}

/**
 * Compiles `schema` into a function returning the JSON bytes of a value of that schema: a view of a shared slab that
 * is never written over (copy it to keep it long, so as not to keep the slab).
 * @example compileJsonSerializer({ type: 'object', properties: { a: { type: 'integer' } }, additionalProperties: false })({ a: 1 }) // <Buffer {"a":1}>
 */
export function compileJsonSerializer(schema: JsonSchema): (value: unknown) => Buffer {
  const write = compileNode(schema, '$');
  const writer = new Writer();
  return (value) => {
    writer.begin();
    try {
      write(value, writer);
    } catch (error) {
      writer.pos = writer.start; // a value that cannot be serialised leaves nothing behind
      throw error;
    }
    return writer.end();
  };
}
