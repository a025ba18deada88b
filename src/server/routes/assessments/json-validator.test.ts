import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitrarySituation } from '../../../core/assess/arbitrary-situation.test-support';
import { VIGNETTES } from '../../../core/assess/vignettes';
import { SituationSchema } from '../../../core/situation';
import type { JsonSchema } from './json-serializer';
import { compileJsonValidator, UNSURE } from './json-validator';

const check = compileJsonValidator(z.toJSONSchema(SituationSchema, { io: 'input' }) as JsonSchema);

/** What zod says of a body, as JSON text (key order included), or null when it refuses it. */
const zodAnswer = (body: unknown) => {
  const result = SituationSchema.safeParse(body);
  return result.success ? JSON.stringify(result.data) : null;
};

/** A valid situation with one part broken or bent: a field replaced by any JSON value, a key added, a value out of range. */
const nearlyValid: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(arbitrarySituation, fc.constantFrom(...Object.keys(SituationSchema.def.shape)), fc.jsonValue())
    .map(([situation, key, value]) => ({ ...situation, [key]: value })),
  fc
    .tuple(arbitrarySituation, fc.string(), fc.jsonValue())
    .map(([situation, key, value]) => ({ ...situation, [key]: value })),
  fc
    .tuple(
      arbitrarySituation,
      fc.constantFrom('frequency', 'conditions', 'medications', 'previousMassage', 'selfCareDays', 'unknown'),
      fc.jsonValue(),
    )
    .map(([situation, key, value]) => ({ ...situation, history: { ...situation.history, [key]: value } })),
  fc
    .tuple(
      arbitrarySituation,
      fc.constantFrom('durationMinutes', 'intensity', 'age'),
      fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, -1, 0.5, 10.5, 121, 525601, 1e21, 2 ** 53)),
    )
    .map(([situation, key, value]) => ({ ...situation, [key]: value })),
  fc
    .tuple(arbitrarySituation, fc.constantFrom('context', 'signs'), fc.array(fc.oneof(fc.string(), fc.jsonValue())))
    .map(([situation, key, value]) => ({ ...situation, [key]: value })),
  fc.jsonValue(),
);

describe('the validator compiled from SituationSchema (decision 0038)', () => {
  it('returns what zod returns, key order included, for every valid situation', () => {
    for (const vignette of VIGNETTES) {
      expect(JSON.stringify(check(vignette.situation))).toBe(zodAnswer(vignette.situation));
    }
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        // Through JSON, as the route gets it, with the keys in an order of their own.
        const body = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(situation).reverse())));
        const value = check(body);
        expect(value).not.toBe(UNSURE);
        expect(JSON.stringify(value)).toBe(zodAnswer(body));
      }),
      { numRuns: 1_000 },
    );
  });

  it('never accepts a body zod refuses, nor returns another value than zod (random invalid and nearly valid bodies)', () => {
    let refused = 0;
    fc.assert(
      fc.property(nearlyValid, (raw) => {
        const body = JSON.parse(JSON.stringify(raw) ?? 'null');
        const value = check(body);
        const expected = zodAnswer(body);
        if (expected === null) refused++;
        // Unsure exactly when zod refuses: zod then words the errors; every valid body takes the fast path.
        if (value === UNSURE) expect(expected).toBeNull();
        else expect(JSON.stringify(value)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
    expect(refused).toBeGreaterThan(600); // the generator does produce invalid bodies
  });

  it('does not share the arrays and objects of the body (zod copies them too)', () => {
    const body = { region: 'calf', context: ['night'], history: { conditions: ['diabetes'] } };
    const value = check(body) as typeof body;
    expect(value).toEqual(body);
    expect(value.context).not.toBe(body.context);
    expect(value.history).not.toBe(body.history);
  });

  it('refuses at compile time the forms it cannot check, naming where', () => {
    expect(() => compileJsonValidator({ type: 'object', properties: {} })).toThrow('$: cannot compile an open object');
    expect(() =>
      compileJsonValidator({
        type: 'object',
        properties: { note: { type: 'string', maxLength: 3 } },
        additionalProperties: false,
      }),
    ).toThrow('$.note: cannot compile');
    expect(() => compileJsonValidator({ type: 'number', exclusiveMinimum: 0 })).toThrow(
      'cannot compile exclusiveMinimum',
    );
    expect(() => compileJsonValidator({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toThrow('cannot compile');
  });
});
