/** Plain-English labels the interop formats embed (FHIR display text, calendar titles, CSV-free reports). */

import type { Region, Side } from '../vocabulary';

/**
 * A human label for a region id.
 * @example labelRegion('thigh-back') // 'Back of thigh'
 */
export function labelRegion(region: Region): string {
  return REGION_LABELS[region];
}

const REGION_LABELS: Record<Region, string> = {
  neck: 'Neck',
  shoulder: 'Shoulder',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  chest: 'Chest',
  abdomen: 'Abdomen',
  'upper-arm': 'Upper arm',
  forearm: 'Forearm',
  hand: 'Hand',
  hip: 'Hip',
  glute: 'Buttock',
  'thigh-front': 'Front of thigh',
  'thigh-back': 'Back of thigh',
  groin: 'Groin',
  calf: 'Calf',
  shin: 'Shin',
  foot: 'Foot',
  jaw: 'Jaw',
};

/** "Left calf", "Both calves"-style text; sides `center`/undefined give the region alone. */
export function labelSite(region: Region, side?: Side): string {
  const name = labelRegion(region);
  if (side === 'left' || side === 'right') return `${side === 'left' ? 'Left' : 'Right'} ${name.toLowerCase()}`;
  if (side === 'both') return `${name} (both sides)`;
  return name;
}
