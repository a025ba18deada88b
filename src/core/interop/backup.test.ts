import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CheckInInputSchema, EpisodeInputSchema, EXERCISE_INTENSITIES, SessionInputSchema } from '../journal';
import { CONDITIONS, CONTEXTS, FREQUENCIES, MEDICATIONS, REGIONS, RESPONSES, SIDES, SIGNS } from '../vocabulary';
import { buildBackup, parseBackup } from './backup';
import { buildAssessmentFixture, buildPlanFixture } from './journal-fixtures';

const instant = fc
  .tuple(
    fc.date({ min: new Date('2000-01-01Z'), max: new Date('2099-12-31Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+01:00', '-05:30'),
  )
  .map(([date, offset]) => `${date.toISOString().slice(0, 19)}${offset}`);
const pain = fc.integer({ min: 0, max: 10 });
const text = fc.string({ maxLength: 40 });
const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 });

const episode = fc
  .record(
    {
      id: fc.uuid({ version: 7 }),
      startedAt: instant,
      region: fc.constantFrom(...REGIONS),
      side: fc.constantFrom(...SIDES),
      durationMinutes: fc.double({ min: 0, max: 1000, noNaN: true }),
      intensity: pain,
      context: subset(CONTEXTS),
      signs: subset(SIGNS),
      history: fc.record(
        {
          frequency: fc.constantFrom(...FREQUENCIES),
          conditions: subset(CONDITIONS),
          medications: subset(MEDICATIONS),
          previousMassage: fc.constantFrom(...RESPONSES),
          selfCareDays: fc.nat({ max: 400 }),
        },
        { requiredKeys: [] },
      ),
      actions: subset(ACTIONS),
      painBefore: pain,
      painAfter: pain,
      response: fc.constantFrom(...RESPONSES),
      notes: text,
      assessment: fc.constantFrom(null, buildAssessmentFixture()),
      createdAt: instant,
    },
    { requiredKeys: ['id', 'startedAt', 'region'] },
  )
  .map(({ createdAt, ...input }) => ({ ...EpisodeInputSchema.parse(input), ...(createdAt ? { createdAt } : {}) }));

const checkin = fc
  .record(
    {
      id: fc.uuid({ version: 7 }),
      date: fc.date({ min: new Date('2000-01-01Z'), max: new Date('2099-12-31Z'), noInvalidDate: true }),
      fluidsLitres: fc.double({ min: 0, max: 20, noNaN: true }),
      exerciseMinutes: fc.nat({ max: 1440 }),
      exerciseIntensity: fc.constantFrom(...EXERCISE_INTENSITIES),
      heatExposure: fc.boolean(),
      notes: text,
    },
    { requiredKeys: ['id', 'date'] },
  )
  .map(({ date, ...rest }) => CheckInInputSchema.parse({ ...rest, date: date.toISOString().slice(0, 10) }));

const session = fc
  .record(
    {
      id: fc.uuid({ version: 7 }),
      startedAt: instant,
      minutes: fc.nat({ max: 600 }),
      region: fc.constantFrom(...REGIONS),
      massage: fc.constantFrom('gentle', 'full'),
      stepsCompleted: fc.nat({ max: 12 }),
      painBefore: pain,
      stoppedEarly: fc.boolean(),
      episodeId: fc.uuid({ version: 7 }),
    },
    { requiredKeys: ['id', 'startedAt', 'region', 'massage', 'stepsCompleted'] },
  )
  // A session ends after it starts, and a gentle plan fits both permissions (an avoid verdict keeps no session).
  .map(({ minutes, ...input }) => {
    const endedAt =
      minutes === undefined ? {} : { endedAt: new Date(Date.parse(input.startedAt) + minutes * 60_000).toISOString() };
    return SessionInputSchema.parse({ ...input, ...endedAt, plan: buildPlanFixture() });
  });

const journal = fc.record({
  episodes: fc.uniqueArray(episode, { maxLength: 8, selector: (record) => record.id }),
  checkins: fc.uniqueArray(checkin, { maxLength: 4, selector: (record) => record.id }),
  sessions: fc.uniqueArray(session, { maxLength: 4, selector: (record) => record.id }),
});

describe('JSON backup', () => {
  it('is lossless: export → import → export gives the same document, for any journal', () => {
    fc.assert(
      fc.property(journal, (records) => {
        const first = JSON.stringify(buildBackup(records, '2026-03-01T00:00:00Z'));
        const restored = parseBackup(first);
        if (!restored.success) throw new Error(JSON.stringify(restored.issues));
        expect(restored.data.episodes).toEqual(records.episodes);
        expect(restored.data.sessions).toEqual(records.sessions);
        expect(JSON.stringify(buildBackup(restored.data, restored.data.exportedAt))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects the whole file with the path of each bad field', () => {
    const result = parseBackup({
      format: 'knead-backup',
      version: 1,
      exportedAt: '2026-03-01T00:00:00Z',
      episodes: [{ id: 'nope', startedAt: '2026-03-01T00:00:00Z', region: 'elbow' }],
      checkins: [],
      sessions: [],
      extra: true,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['', 'episodes.0.id', 'episodes.0.region']);
  });

  it('rejects duplicate ids and text that is not JSON', () => {
    const id = '01950000-0000-7000-8000-000000000001';
    const twice = { id, startedAt: '2026-03-01T00:00:00Z', region: 'calf' };
    const duplicate = parseBackup(
      buildBackup(
        { episodes: [twice, twice].map((e) => EpisodeInputSchema.parse(e)), checkins: [], sessions: [] },
        '2026-03-01T00:00:00Z',
      ),
    );
    expect(duplicate).toEqual({ success: false, issues: [{ path: 'episodes.1.id', message: `duplicate id ${id}` }] });
    expect(parseBackup('{oops').success).toBe(false);
  });
});
