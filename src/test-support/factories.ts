import type { CheckIn, Episode, SessionRecord } from '../core/journal';

let counter = 0;
/** UUIDv7-shaped ids: time-ordered like the ones clients generate. */
export function makeId(): string {
  counter += 1;
  const time = (Date.now() * 1000 + (counter % 1000)).toString(16).padStart(12, '0').slice(-12);
  const random = crypto.randomUUID().replaceAll('-', '');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(0, 3)}-8${random.slice(4, 7)}-${random.slice(7, 19)}`;
}

export function buildEpisode(overrides: Partial<Episode> = {}): Episode {
  return {
    id: makeId(),
    startedAt: '2026-03-10T02:15:00+01:00',
    region: 'calf',
    side: 'left',
    durationMinutes: 4,
    intensity: 6,
    context: ['night'],
    signs: [],
    actions: ['stretch', 'effleurage'],
    painBefore: 7,
    painAfter: 3,
    response: 'better',
    notes: 'woke up with it',
    ...overrides,
  };
}

export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: makeId(),
    date: '2026-03-10',
    fluidsLitres: 1.2,
    exerciseMinutes: 30,
    exerciseIntensity: 'moderate',
    sleepHours: 6.5,
    stress: 4,
    heatExposure: false,
    coldExposure: false,
    alcoholUnits: 0,
    ...overrides,
  };
}

export function buildSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: makeId(),
    startedAt: '2026-03-10T02:30:00+01:00',
    endedAt: '2026-03-10T02:42:00+01:00',
    region: 'calf',
    massage: 'gentle',
    plan: {
      region: 'calf',
      massage: 'gentle',
      temperature: 'heat',
      steps: [
        {
          technique: 'effleurage',
          title: 'Light stroking',
          instructions: 'Stroke towards the heart with light pressure.',
          pressure: 'light',
          durationSeconds: 120,
          cautions: ['Stop if the pain gets worse.'],
          source: 'article:techniques',
        },
      ],
      handsOnMinutes: 2,
      stopRule: { text: 'Stop if pain intensifies.', source: 'article:should-massage' },
    },
    stepsCompleted: 1,
    painBefore: 6,
    painAfter: 3,
    stoppedEarly: false,
    ...overrides,
  };
}
