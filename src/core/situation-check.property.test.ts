import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from './assess/arbitrary-situation.test-support';
import { SituationSchema } from './situation';
import { isSituation } from './situation-check';

const RUNS = 20_000;

/** Values that are sometimes valid and often just wrong: other types, out-of-range numbers, unknown ids. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -1,
    0.5,
    10,
    11,
    120,
    121,
    36500,
    36501,
    525600,
    525601,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    '',
    'calf',
    'left',
    'cramp',
    'daily',
    'worse',
    'diabetes',
    'statin',
    'swelling',
    'exercise',
    'nonsense',
    [],
    ['calf'],
    ['swelling', 'fever'],
    ['exercise'],
    {},
    { frequency: 'daily' },
    { selfCareDays: 3, colour: 'red' },
  ),
  fc.anything(),
);

const KEYS = [
  'region',
  'side',
  'ongoing',
  'durationMinutes',
  'intensity',
  'context',
  'signs',
  'history',
  'presentation',
  'age',
  'colour',
];
const HISTORY_KEYS = ['frequency', 'conditions', 'medications', 'previousMassage', 'selfCareDays', 'colour'];

/** A valid situation with one field (or a history field) replaced, added or removed. */
const mutatedSituation = fc
  .tuple(
    arbitrarySituation,
    fc.constantFrom(...KEYS, ...HISTORY_KEYS.map((key) => `history.${key}`)),
    anyValue,
    fc.boolean(),
  )
  .map(([situation, key, value, remove]) => {
    const copy: Record<string, unknown> = structuredClone(situation);
    const [head, inner] = key.split('.') as [string, string | undefined];
    if (inner === undefined) {
      if (remove) delete copy[head];
      else copy[head] = value;
      return copy;
    }
    const history: Record<string, unknown> = { ...((copy.history as Record<string, unknown>) ?? {}) };
    if (remove) delete history[inner];
    else history[inner] = value;
    copy.history = history;
    return copy;
  });

describe('isSituation', () => {
  it('accepts exactly what SituationSchema accepts, for valid, mutated and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(arbitrarySituation, mutatedSituation, anyValue), (value) => {
        expect(isSituation(value)).toBe(SituationSchema.safeParse(value).success);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a shared link’s situation and rejects an unknown key, a missing region and an out-of-range number', () => {
    expect(isSituation({ region: 'calf', ongoing: true, durationMinutes: 3, intensity: 6 })).toBe(true);
    expect(isSituation({ region: 'calf', colour: 'red' })).toBe(false);
    expect(isSituation({ ongoing: true })).toBe(false);
    expect(isSituation({ region: 'calf', intensity: 11 })).toBe(false);
    expect(isSituation({ region: 'calf', history: { selfCareDays: 1.5 } })).toBe(false);
    expect(isSituation(['calf'])).toBe(false);
  });
});
