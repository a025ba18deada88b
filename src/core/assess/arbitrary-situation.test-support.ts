import fc from 'fast-check';
import type { Situation } from '../situation';
import {
  CONDITIONS,
  CONTEXTS,
  FREQUENCIES,
  MEDICATIONS,
  PRESENTATIONS,
  REGIONS,
  RESPONSES,
  SIDES,
  SIGNS,
} from '../vocabulary';

const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 6 });

/** Random valid Situations for property tests (test support; never imported by production code). */
export const arbitrarySituation: fc.Arbitrary<Situation> = fc.record(
  {
    region: fc.constantFrom(...REGIONS),
    side: fc.constantFrom(...SIDES),
    ongoing: fc.boolean(),
    durationMinutes: fc.oneof(
      fc.integer({ min: 0, max: 90 }),
      fc.double({ min: 0, max: 600, noNaN: true }),
      fc.integer({ min: 0, max: 90 * 24 * 60 }),
    ),
    intensity: fc.integer({ min: 0, max: 10 }),
    context: subset(CONTEXTS),
    signs: subset(SIGNS),
    history: fc.record(
      {
        frequency: fc.constantFrom(...FREQUENCIES),
        conditions: subset(CONDITIONS),
        medications: subset(MEDICATIONS),
        previousMassage: fc.constantFrom(...RESPONSES),
        selfCareDays: fc.integer({ min: 0, max: 30 }),
      },
      { requiredKeys: [] },
    ),
    presentation: fc.constantFrom(...PRESENTATIONS),
    age: fc.integer({ min: 0, max: 120 }),
  },
  { requiredKeys: ['region'] },
);
