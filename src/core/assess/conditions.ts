import type { SituationMatcher } from '../knowledge/types';
import type { Condition, Context, Frequency, Medication, Presentation, Region, Response, Sign } from '../vocabulary';
import type { Facts } from './facts';

/** A named test on the facts. Rules are built from these so each rule reads like its table row. */
export type Predicate = (facts: Facts) => boolean;

export const anySign =
  (...signs: Sign[]): Predicate =>
  (f) =>
    signs.some((s) => f.signs.has(s));
export const atLeastSigns =
  (count: number, ...signs: Sign[]): Predicate =>
  (f) =>
    signs.filter((s) => f.signs.has(s)).length >= count;
export const anyContext =
  (...contexts: Context[]): Predicate =>
  (f) =>
    contexts.some((c) => f.contexts.has(c));
export const anyCondition =
  (...conditions: Condition[]): Predicate =>
  (f) =>
    conditions.some((c) => f.conditions.has(c));
export const anyMedication =
  (...medications: Medication[]): Predicate =>
  (f) =>
    medications.some((m) => f.medications.has(m));
export const inRegion =
  (...regions: readonly Region[]): Predicate =>
  (f) =>
    regions.includes(f.situation.region);
export const frequencyIn =
  (...frequencies: Frequency[]): Predicate =>
  (f) =>
    f.situation.history?.frequency !== undefined && frequencies.includes(f.situation.history.frequency);
export const previousMassageWas =
  (response: Response): Predicate =>
  (f) =>
    f.situation.history?.previousMassage === response;
export const selfCareDaysAtLeast =
  (days: number): Predicate =>
  (f) =>
    (f.situation.history?.selfCareDays ?? 0) >= days;
export const intensityAtLeast =
  (level: number): Predicate =>
  (f) =>
    (f.situation.intensity ?? 0) >= level;
/** The presentation, with an absent one read as a cramp (the safer reading: the duration rules apply). */
export const presentationIs =
  (presentation: Presentation): Predicate =>
  (f) =>
    (f.situation.presentation ?? 'cramp') === presentation;
export const ageAtLeast =
  (years: number): Predicate =>
  (f) =>
    f.situation.age !== undefined && f.situation.age >= years;
export const ageBelow =
  (years: number): Predicate =>
  (f) =>
    f.situation.age !== undefined && f.situation.age < years;
/** Known to have lasted (or be lasting) longer than `minutes`, ongoing or not. */
export const durationOver =
  (minutes: number): Predicate =>
  (f) =>
    (f.situation.durationMinutes ?? 0) > minutes;
/** Still going and already longer than `minutes` (strictly). */
export const ongoingLongerThan =
  (minutes: number): Predicate =>
  (f) =>
    f.isOngoing && (f.situation.durationMinutes ?? 0) > minutes;
/** Over, and it lasted longer than `minutes` (strictly). */
export const lastedLongerThan =
  (minutes: number): Predicate =>
  (f) =>
    !f.isOngoing && (f.situation.durationMinutes ?? 0) > minutes;

export const allOf =
  (...predicates: Predicate[]): Predicate =>
  (f) =>
    predicates.every((p) => p(f));
export const not =
  (predicate: Predicate): Predicate =>
  (f) =>
    !predicate(f);
export const anyOf =
  (...predicates: Predicate[]): Predicate =>
  (f) =>
    predicates.some((p) => p(f));

/**
 * Evaluate a knowledge entry's declared matcher: every listed group must match, any id within a group.
 * @example matchesSituation({ contexts: ['heat'] }, toFacts({ region: 'calf', context: ['heat'] })) // true
 */
export function matchesSituation(matcher: SituationMatcher, f: Facts): boolean {
  const groups: Predicate[] = [];
  if (matcher.contexts) groups.push(anyContext(...matcher.contexts));
  if (matcher.signs) groups.push(anySign(...matcher.signs));
  if (matcher.conditions) groups.push(anyCondition(...matcher.conditions));
  if (matcher.medications) groups.push(anyMedication(...matcher.medications));
  if (matcher.regions) groups.push(inRegion(...matcher.regions));
  return groups.length > 0 && groups.every((p) => p(f));
}
