// The assessment contract's check without zod, for the shared verdict link's first load (issue #13 item 6): it
// accepts exactly what SituationSchema accepts (situation-check.property.test.ts); only a rejected link loads the
// schema, to say which field is wrong in the contract's own words.
import type { Situation } from './situation';
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
} from './vocabulary-lists';

type Check = (value: unknown) => boolean;

const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const numberIn =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const intIn =
  (min: number, max: number): Check =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** A plain object whose own keys are all known and whose present values pass their checks (zod's strictObject). */
const strictObject =
  (fields: Record<string, Check>, required: readonly string[] = []): Check =>
  (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    if (required.some((key) => !Object.hasOwn(record, key))) return false;
    return Object.keys(record).every((key) => {
      const check = Object.hasOwn(fields, key) ? fields[key] : undefined;
      return check !== undefined && (record[key] === undefined ? !required.includes(key) : check(record[key]));
    });
  };

const isHistory = strictObject({
  frequency: oneOf(FREQUENCIES),
  conditions: listOf(oneOf(CONDITIONS)),
  medications: listOf(oneOf(MEDICATIONS)),
  previousMassage: oneOf(RESPONSES),
  selfCareDays: intIn(0, 36500),
});

const isSituationValue = strictObject(
  {
    region: oneOf(REGIONS),
    side: oneOf(SIDES),
    ongoing: (value) => typeof value === 'boolean',
    durationMinutes: numberIn(0, 525600),
    intensity: intIn(0, 10),
    context: listOf(oneOf(CONTEXTS)),
    signs: listOf(oneOf(SIGNS)),
    history: isHistory,
    presentation: oneOf(PRESENTATIONS),
    age: intIn(0, 120),
  },
  ['region'],
);

/**
 * Whether `value` is a valid assessment input, as `SituationSchema.safeParse` would judge it, without loading zod.
 *
 * @example
 * isSituation({ region: 'calf', ongoing: true }); // true
 * isSituation({ region: 'calf', colour: 'red' }); // false: unknown keys are rejected
 */
export function isSituation(value: unknown): value is Situation {
  return isSituationValue(value);
}
