import type { SituationMatcher } from '../knowledge/types';
import type { Condition, Context, Frequency, Medication, Presentation, Region, Response, Sign } from '../vocabulary';
import type { Facts } from './facts';

/** A named test on the facts. Rules are built from these so each rule reads like its table row. */
export type Predicate = (facts: Facts) => boolean;

export const anySign =
  (...signs: Sign[]): Predicate =>
  (f) =>
    hasAny(f.signs, signs);
export const atLeastSigns =
  (count: number, ...signs: Sign[]): Predicate =>
  (f) => {
    let present = 0;
    for (let i = 0; i < signs.length; i++) if (f.signs.has(signs[i] as Sign)) present++;
    return present >= count;
  };
export const anyContext =
  (...contexts: Context[]): Predicate =>
  (f) =>
    hasAny(f.contexts, contexts);
export const anyCondition =
  (...conditions: Condition[]): Predicate =>
  (f) =>
    hasAny(f.conditions, conditions);
export const anyMedication =
  (...medications: Medication[]): Predicate =>
  (f) =>
    hasAny(f.medications, medications);
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
  // Runs for every indicator of every cause and aggravator of every assessment: no predicate is built per call
  // (the same test as anyContext / anySign / … over the listed groups, without their closures and spreads).
  let groups = 0;
  if (matcher.contexts) {
    if (!hasAny(f.contexts, matcher.contexts)) return false;
    groups++;
  }
  if (matcher.signs) {
    if (!hasAny(f.signs, matcher.signs)) return false;
    groups++;
  }
  if (matcher.conditions) {
    if (!hasAny(f.conditions, matcher.conditions)) return false;
    groups++;
  }
  if (matcher.medications) {
    if (!hasAny(f.medications, matcher.medications)) return false;
    groups++;
  }
  if (matcher.regions) {
    if (!matcher.regions.includes(f.situation.region)) return false;
    groups++;
  }
  return groups > 0;
}

/** Whether any of `wanted` is in `present` (a loop: these run for every rule of every assessment). */
function hasAny<T>(present: ReadonlySet<T>, wanted: readonly T[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (present.has(wanted[i] as T)) return true;
  return false;
}
