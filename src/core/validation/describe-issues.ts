import type { z } from 'zod';

/**
 * What a problem says, as a catalog key (`problems.field.…`, or a command's own) and its values, so an edge that knows the reader's language can
 * word it (problem-words.ts); `message` is the same text in en-GB. `got` and `expected` are worded by the
 * translator too (`problems.value`, `problems.type`).
 */
export interface ProblemWords {
  key: string;
  values?: Readonly<Record<string, string | number>>;
  got?: { kind: 'list' | 'object' | 'text'; text: string };
  expected?: string;
}

/** One problem with an input, naming the field and what is allowed. */
export interface Problem {
  /** Dotted path, e.g. `history.frequency` or `signs[2]`; `input` for the whole value. */
  path: string;
  code: string;
  message: string;
  /** The message as catalog words (absent for a schema's own custom message, which stays as written). */
  words?: ProblemWords;
}

type Key = PropertyKey;
/** Any zod 4 schema, classic or mini (one core): both parse with `.safeParse` and describe themselves in `.def`. */
export type AnySchema = z.core.$ZodType & {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: z.core.$ZodError };
};

const MAX_LISTED = 40;

function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'input';
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

function valueWords(value: unknown): NonNullable<ProblemWords['got']> {
  if (value === null) return { kind: 'text', text: 'null' };
  if (Array.isArray(value)) return { kind: 'list', text: '' };
  if (typeof value === 'string') {
    return { kind: 'text', text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  }
  if (typeof value === 'object') return { kind: 'object', text: '' };
  return { kind: 'text', text: String(value) };
}

const VALUE_WORDS = { list: 'a list', object: 'an object' } as const;

function describeValue(value: unknown): string {
  const words = valueWords(value);
  return words.kind === 'text' ? words.text : VALUE_WORDS[words.kind];
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map(String).join(', ');
  return values.length > MAX_LISTED ? `${shown}, …` : shown;
}

/** The schema found by walking `path` through objects, arrays and optional/default/nullable wrappers. */
interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
}
const defOf = (s: AnySchema): SchemaDef => (s as unknown as { def: SchemaDef }).def;

function schemaAt(schema: AnySchema, path: readonly Key[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = defOf(s);
    return ['optional', 'default', 'nullable', 'prefault'].includes(def.type) && def.innerType
      ? unwrap(def.innerType)
      : s;
  };
  for (const key of path) {
    if (!current) return undefined;
    const def: SchemaDef = defOf(unwrap(current));
    current = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : undefined;
  }
  return current ? unwrap(current) : undefined;
}

function allowedKeys(schema: AnySchema, path: readonly Key[]): string[] {
  const target = schemaAt(schema, path) as unknown as { def?: { shape?: Record<string, unknown> } } | undefined;
  return Object.keys(target?.def?.shape ?? {});
}

const TYPE_NAMES: Record<string, string> = { int: 'a whole number', number: 'a number', boolean: 'true or false' };

function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: AnySchema): Problem[] {
  const path = formatPath(issue.path);
  const got = valueAt(input, issue.path);
  const problem = (message: string, words?: ProblemWords, at = path): Problem => ({
    path: at,
    code: issue.code,
    message,
    ...(words ? { words } : {}),
  });
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = listValues(issue.values);
      return got === undefined
        ? [problem(`required; one of ${allowed}`, { key: 'problems.field.required-one-of', values: { allowed } })]
        : [
            problem(`${describeValue(got)} is not allowed; one of ${allowed}`, {
              key: 'problems.field.not-allowed',
              values: { allowed },
              got: valueWords(got),
            }),
          ];
    }
    case 'invalid_type': {
      const expected =
        TYPE_NAMES[issue.expected] ?? `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      return got === undefined
        ? [problem(`required (${expected})`, { key: 'problems.field.required-type', expected: issue.expected })]
        : [
            problem(`expected ${expected}, got ${describeValue(got)}`, {
              key: 'problems.field.expected-type',
              expected: issue.expected,
              got: valueWords(got),
            }),
          ];
    }
    case 'too_big':
    case 'too_small': {
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const items = issue.origin === 'array';
      const most = issue.code === 'too_big' ? 'most' : 'least';
      return [
        problem(`must be at ${most} ${limit}${items ? ' items' : ''} (got ${describeValue(got)})`, {
          key: issue.code === 'too_big' ? 'problems.field.too-big' : 'problems.field.too-small',
          values: { limit, origin: items ? 'array' : 'value' },
          got: valueWords(got),
        }),
      ];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path).join(', ');
      return issue.keys.map((key) =>
        problem(
          `unknown field; allowed fields: ${allowed}`,
          { key: 'problems.field.unknown', values: { allowed } },
          formatPath([...issue.path, key]),
        ),
      );
    }
    case 'invalid_format':
      return [
        problem(
          `expected ${issue.format === 'datetime' ? 'an ISO 8601 date-time with offset' : `a valid ${issue.format}`} (got ${describeValue(got)})`,
          { key: 'problems.field.invalid-format', values: { format: issue.format }, got: valueWords(got) },
        ),
      ];
    default:
      return [problem(issue.message)];
  }
}

/**
 * Turn a zod error into plain problems that name the field and what is allowed.
 * @example describeIssues(SituationSchema, {}, SituationSchema.safeParse({}).error!)[0]?.message // 'required; one of neck, …'
 */
export function describeIssues(schema: AnySchema, input: unknown, error: z.core.$ZodError): Problem[] {
  return error.issues.flatMap((issue) => describeIssue(issue, input, schema));
}

/** Parse or describe: the expected-outcome union used at every boundary. */
export function parseInput<S extends AnySchema>(
  schema: S,
  input: unknown,
): { success: true; data: z.core.output<S> } | { success: false; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data as z.core.output<S> };
  return { success: false, problems: describeIssues(schema, input, result.error) };
}
