/** Plain-English labels the interop formats embed (FHIR display text, calendar titles, CSV-free reports). */

import { REGION_SHORT_LABELS } from '../messages/labels';
import type { Region, Side } from '../vocabulary';

/**
 * A human label for a region id.
 * @example labelRegion('thigh-back') // 'Back of thigh'
 */
export function labelRegion(region: Region): string {
  return REGION_SHORT_LABELS[region];
}

/** "Left calf", "Both calves"-style text; sides `center`/undefined give the region alone. */
export function labelSite(region: Region, side?: Side): string {
  const name = labelRegion(region);
  if (side === 'left' || side === 'right') return `${side === 'left' ? 'Left' : 'Right'} ${name.toLowerCase()}`;
  if (side === 'both') return `${name} (both sides)`;
  return name;
}
