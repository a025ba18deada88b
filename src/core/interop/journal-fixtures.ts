/** Small factories for interop tests and benchmarks: realistic journal records with overridable fields. */
import type { Assessment, Plan } from '../assessment';
import type { CheckIn, Episode, SessionRecord } from '../journal';

/** A journal as the interop formats see it. */
export interface JournalData {
  episodes: Episode[];
  checkins: CheckIn[];
  sessions: SessionRecord[];
}

/** A valid gentle calf plan with one step. */
export function buildPlanFixture(overrides: Partial<Plan> = {}): Plan {
  return {
    region: 'calf',
    massage: 'gentle',
    temperature: 'heat',
    steps: [
      {
        technique: 'effleurage',
        title: 'Light strokes',
        instructions: 'Stroke from ankle to knee with a flat, relaxed hand.',
        pressure: 'light',
        durationSeconds: 120,
        cautions: [],
        source: 'article:techniques',
      },
    ],
    handsOnMinutes: 2,
    stopRule: { text: 'Stop if the pain intensifies and seek medical advice.', source: 'article:should-massage' },
    ...overrides,
  };
}

/** A self-care assessment with one reason. */
export function buildAssessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  return {
    care: 'consultation',
    massage: 'gentle',
    episodeType: 'cramp',
    reasons: [
      {
        id: 'frequency-recurrent',
        axis: 'care',
        text: 'Cramps every week deserve a check-up.',
        source: 'mayo:muscle-cramp',
      },
    ],
    factors: [],
    avoid: [],
    expectedDuration: { text: 'A cramp usually eases within a few minutes.', source: 'article:duration' },
    worryIf: [{ text: 'It lasts longer than 10 minutes.', source: 'nhs:leg-cramps' }],
    plan: null,
    schedule: null,
    disclaimer: 'Not a diagnosis.',
    ...overrides,
  };
}

/** A calf cramp at night, with the fields a person usually fills in. */
export function buildEpisodeFixture(overrides: Partial<Episode> = {}): Episode {
  return {
    id: '01950000-0000-7000-8000-000000000001',
    startedAt: '2026-03-01T02:10:00+01:00',
    region: 'calf',
    side: 'left',
    durationMinutes: 4,
    intensity: 7,
    context: ['night', 'exercise'],
    signs: [],
    actions: ['stretch', 'heat'],
    painBefore: 7,
    painAfter: 3,
    response: 'better',
    ...overrides,
  };
}

/** A guided session that ran to the end. */
export function buildSessionFixture(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: '01950000-0000-7000-8000-0000000000a1',
    startedAt: '2026-03-01T02:20:00+01:00',
    endedAt: '2026-03-01T02:32:00+01:00',
    region: 'calf',
    massage: 'gentle',
    plan: buildPlanFixture(),
    stepsCompleted: 1,
    painBefore: 6,
    painAfter: 2,
    stoppedEarly: false,
    ...overrides,
  };
}

/** A daily check-in. */
export function buildCheckInFixture(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: '01950000-0000-7000-8000-0000000000c1',
    date: '2026-03-01',
    fluidsLitres: 1.2,
    sleepHours: 6,
    ...overrides,
  };
}
