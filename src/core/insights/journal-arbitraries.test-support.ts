import fc from 'fast-check';
import { ACTIONS, type CheckIn, type Episode } from '../journal';
import { CONTEXTS, REGIONS, RESPONSES } from '../vocabulary';

/** The UTC day `d` days after 2025-01-01, as YYYY-MM-DD. */
export const dayOf = (d: number) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
export const painArb = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

/**
 * Random journals over `days` days from 2025-01-01, with start times at the given UTC offsets (offsets far from
 * UTC put the local day a day away from the UTC day). Shared by the insights property tests and the store's.
 */
export function journalArbitraries({ days, offsets }: { days: number; offsets: readonly string[] }) {
  const instant = fc
    .tuple(fc.integer({ min: 0, max: days }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(...offsets))
    .map(([d, h, tz]) => `${dayOf(d)}T${String(h).padStart(2, '0')}:15:00${tz}`);
  const episode: fc.Arbitrary<Episode> = fc.record({
    id: fc.uuid({ version: 4 }),
    startedAt: instant,
    region: fc.constantFrom(...REGIONS),
    context: fc.subarray([...CONTEXTS], { maxLength: 3 }),
    signs: fc.constant([]),
    actions: fc.subarray([...ACTIONS], { maxLength: 3 }),
    durationMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    intensity: painArb,
    painBefore: painArb,
    painAfter: painArb,
    response: fc.option(fc.constantFrom(...RESPONSES), { nil: undefined }),
  }) as fc.Arbitrary<Episode>;
  const checkin: fc.Arbitrary<CheckIn> = fc.record({
    id: fc.uuid({ version: 4 }),
    date: fc.integer({ min: 0, max: days }).map(dayOf),
    fluidsLitres: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: undefined }),
    stress: painArb,
    sleepHours: fc.option(fc.integer({ min: 3, max: 10 }), { nil: undefined }),
    heatExposure: fc.option(fc.boolean(), { nil: undefined }),
  }) as fc.Arbitrary<CheckIn>;
  return { instant, episode, checkin };
}
