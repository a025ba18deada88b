import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from '../../../core/assess/arbitrary-situation.test-support';
import { assessSituation } from '../../../core/assess/assess-situation';
import { VIGNETTES } from '../../../core/assess/vignettes';
import { AssessmentSchema } from '../../../core/assessment';
import { compileJsonSerializer, type JsonSchema } from './json-serializer';
import { compileAssessmentSerializer } from './routes';

const serializeAssessment = compileAssessmentSerializer();

const closed = (properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

describe('the assessment serialiser compiled from the JSON Schema', () => {
  it('writes the bytes JSON.stringify writes for every random situation, and they parse back to the same assessment', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        const assessment = assessSituation(situation);
        const bytes = serializeAssessment(assessment);
        expect(bytes.equals(Buffer.from(JSON.stringify(assessment)))).toBe(true);
        const parsed: unknown = JSON.parse(bytes.toString('utf8'));
        expect(parsed).toEqual(assessment);
        expect(AssessmentSchema.parse(parsed)).toEqual(assessment);
      }),
      { numRuns: 1_500 },
    );
  });

  it('writes every vignette exactly as JSON.stringify does (plans with holds and repetitions, null plans)', () => {
    const assessments = VIGNETTES.map((v) => assessSituation(v.situation));
    expect(assessments.some((a) => a.plan === null)).toBe(true);
    expect(assessments.some((a) => a.plan?.steps.some((s) => s.hold !== undefined))).toBe(true);
    for (const assessment of assessments)
      expect(serializeAssessment(assessment).toString('utf8')).toBe(JSON.stringify(assessment));
  });
});

describe('compileJsonSerializer', () => {
  const note = compileJsonSerializer(
    closed(
      {
        text: { type: 'string' },
        count: { type: 'integer' },
        ratio: { type: 'number' },
        done: { type: 'boolean' },
        level: { type: 'string', enum: ['low', 'high'] },
        tags: { type: 'array', items: { type: 'string' } },
        parent: { anyOf: [closed({ id: { type: 'string' } }), { type: 'null' }] },
      },
      ['text', 'count'],
    ),
  );
  const asJson = (value: unknown) => note(value).toString('utf8');

  it('matches JSON.stringify on escapes, non-ASCII text, numbers, nulls and the object’s own key order', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            text: fc.string({ unit: 'grapheme' }),
            count: fc.integer(),
            ratio: fc.double({ noNaN: true, noDefaultInfinity: true }),
            done: fc.boolean(),
            level: fc.constantFrom('low', 'high'),
            tags: fc.array(fc.string({ unit: 'binary' })),
            parent: fc.option(fc.record({ id: fc.string() }), { nil: null }),
          },
          { requiredKeys: ['text', 'count'] },
        ),
        fc.boolean(),
        (value, reversed) => {
          // The same value with its keys in the other order: still written as JSON.stringify writes it.
          const input = reversed ? Object.fromEntries(Object.entries(value).reverse()) : value;
          expect(asJson(input)).toBe(JSON.stringify(input));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('leaves out an optional property set to undefined, as JSON.stringify does', () => {
    expect(asJson({ text: 'a', count: 1, ratio: undefined })).toBe('{"text":"a","count":1}');
    expect(compileJsonSerializer(closed({ a: { type: 'string' } }, []))({}).toString()).toBe('{}');
  });

  it('refuses, naming the field, a value the schema does not describe rather than drop or mangle it', () => {
    expect(() => note({ text: 'a', count: 1, colour: 'red' })).toThrow(/\$: unknown property colour \(allowed: text,/);
    expect(() => note({ text: 'a' })).toThrow(/\$: required count missing/);
    expect(() => note({ text: 'a', count: Number.NaN })).toThrow(/\$\.count: expected a finite number/);
    expect(() => note({ text: 1, count: 1 })).toThrow(/\$\.text: expected a string, got 1/);
    expect(() => note({ text: 'a', count: 1, level: 'medium' })).toThrow(/\$\.level: expected one of "low", "high"/);
    expect(() => note({ text: 'a', count: 1, tags: 'x' })).toThrow(/\$\.tags: expected an array/);
    expect(() => note({ text: 'a', count: 1, parent: { id: 'p', extra: 1 } })).toThrow(
      /\$\.parent: unknown property extra/,
    );
    expect(() => note([])).toThrow(/\$: expected an object/);
  });

  it('refuses at compile time a schema it cannot honour completely', () => {
    expect(() => compileJsonSerializer({ type: 'object', properties: {} })).toThrow(/closed objects/);
    expect(() => compileJsonSerializer({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toThrow(/anyOf/);
    expect(() => compileJsonSerializer({ $ref: '#/$defs/x' })).toThrow(/unsupported schema/);
    expect(() => compileJsonSerializer({ type: 'array' })).toThrow(/items/);
    expect(() => compileJsonSerializer(closed({}, ['ghost']))).toThrow(/required ghost has no schema/);
  });

  it('grows its buffer for a value larger than it started with, and each answer is its own copy', () => {
    const long = compileJsonSerializer({ type: 'array', items: { type: 'string' } });
    const items = Array.from({ length: 300 }, (_, i) => `${'é'.repeat(200)}${i}`);
    const first = long(items);
    expect(first.toString('utf8')).toBe(JSON.stringify(items));
    long(['other']);
    expect(first.toString('utf8')).toBe(JSON.stringify(items)); // not overwritten by the next call
  });
});
