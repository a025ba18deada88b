import type { CalibrationCase } from './calibration-case';

const NHS_10_MIN =
  'NHS: Leg cramps — see a GP if cramps last longer than 10 minutes; stretching and massaging may ease them';
const MAYO_PERSISTENT =
  'Mayo Clinic: Muscle cramp — usually harmless; get immediate care for severe, persistent cramping (NHS: GP if > 10 minutes)';

/**
 * Sudden hard cramps on either side of the published duration limits. Presentation is omitted or 'cramp' (both read
 * as a cramp). Below 10 minutes: self-care; above: see a GP; an hour of severe cramping: same day, A&E acceptable.
 */
export const BOUNDARY_CASES: readonly CalibrationCase[] = [
  {
    id: 'boundary-calf-cramp-ongoing-9-min',
    class: 'boundary',
    story: 'My calf locked in a hard cramp at night; it has been going for about nine minutes.',
    situation: { region: 'calf', ongoing: true, durationMinutes: 9, intensity: 8, context: ['night'] },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-foot-cramp-ongoing-9-min-cramp',
    class: 'boundary',
    story: 'A sudden hard cramp in my foot arch has lasted nine minutes so far.',
    situation: { region: 'foot', presentation: 'cramp', ongoing: true, durationMinutes: 9, intensity: 7 },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-calf-cramp-ongoing-11-min',
    class: 'boundary',
    story: 'My calf seized in a hard cramp and it is still going after eleven minutes.',
    situation: {
      region: 'calf',
      presentation: 'cramp',
      ongoing: true,
      durationMinutes: 11,
      intensity: 8,
      context: ['night'],
    },
    expected: { care: 'consultation', massage: 'gentle' },
    acceptableCare: ['consultation_24', 'consultation'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-calf-cramp-over-9-min',
    class: 'boundary',
    story: 'Last night a hard calf cramp lasted about nine minutes, then let go.',
    situation: { region: 'calf', ongoing: false, durationMinutes: 9, intensity: 8, context: ['night'] },
    expected: { care: 'self_care', massage: 'full' },
    acceptableCare: ['self_care'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-calf-cramp-over-11-min',
    class: 'boundary',
    story: 'Last night a hard calf cramp lasted about eleven minutes before it let go.',
    situation: {
      region: 'calf',
      presentation: 'cramp',
      ongoing: false,
      durationMinutes: 11,
      intensity: 8,
      context: ['night'],
    },
    expected: { care: 'consultation', massage: 'full' },
    acceptableCare: ['consultation_24', 'consultation'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-thigh-cramp-over-11-min',
    class: 'boundary',
    story: 'The front of my thigh cramped hard for eleven minutes this afternoon; it has gone now.',
    situation: { region: 'thigh-front', ongoing: false, durationMinutes: 11, intensity: 7 },
    expected: { care: 'consultation', massage: 'full' },
    acceptableCare: ['consultation_24', 'consultation'],
    source: NHS_10_MIN,
  },
  {
    id: 'boundary-calf-cramp-ongoing-59-min',
    class: 'boundary',
    story: 'A hard cramp in my calf has not let go for 59 minutes despite stretching.',
    situation: { region: 'calf', ongoing: true, durationMinutes: 59, intensity: 8 },
    expected: { care: 'consultation_24', massage: 'gentle' },
    acceptableCare: ['emergency', 'consultation_24'],
    source: MAYO_PERSISTENT,
  },
  {
    id: 'boundary-calf-cramp-ongoing-61-min',
    class: 'boundary',
    story: 'A hard cramp in my calf has not let go for 61 minutes despite stretching.',
    situation: { region: 'calf', presentation: 'cramp', ongoing: true, durationMinutes: 61, intensity: 8 },
    expected: { care: 'consultation_24', massage: 'gentle' },
    acceptableCare: ['emergency', 'consultation_24'],
    source: MAYO_PERSISTENT,
  },
];
