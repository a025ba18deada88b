/** A deterministic, realistic synthetic journal for report tests, previews and the benchmark. */

import { assessSituation } from '../../core/assess/assess-situation';
import { buildAssessmentFixture, buildPlanFixture } from '../../core/interop/journal-fixtures';
import type { CheckIn, Episode, SessionRecord } from '../../core/journal';
import type { Context, Region } from '../../core/vocabulary';

/** Mulberry32: a tiny seeded PRNG so the same seed gives the same journal. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: Region[] = ['calf', 'calf', 'calf', 'foot', 'thigh-back', 'neck', 'lower-back', 'shoulder'];
const CONTEXTS: Context[] = ['night', 'exercise', 'dehydration', 'rest', 'stress', 'heat', 'no-warmup'];

function uuidFor(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `0195${prefix.toString(16).padStart(4, '0')}-0000-7000-8000-${hex}`;
}

/**
 * `episodes` episodes spread evenly from `startDay` over `days` days, with daily check-ins and some sessions.
 * @example buildSampleJournal({ episodes: 100, startDay: '2026-01-01', days: 90 }).episodes.length // 100
 */
export function buildSampleJournal(options: { episodes: number; startDay: string; days: number; seed?: number }): {
  episodes: Episode[];
  checkins: CheckIn[];
  sessions: SessionRecord[];
} {
  const random = createRandom(options.seed ?? 42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const start = Date.parse(`${options.startDay}T00:00:00Z`);
  const episodes: Episode[] = [];
  const sessions: SessionRecord[] = [];
  const assessment = buildAssessmentFixture();
  const plan = buildPlanFixture();
  for (let i = 0; i < options.episodes; i++) {
    const dayOffset = Math.floor((i / options.episodes) * options.days);
    const minute = Math.floor(random() * 1440);
    const at = new Date(start + dayOffset * 86_400_000 + minute * 60_000).toISOString().replace('.000Z', 'Z');
    const before = 4 + Math.floor(random() * 6);
    const episode: Episode = {
      id: uuidFor(1, i),
      startedAt: at,
      region: pick(REGIONS),
      side: pick(['left', 'right'] as const),
      durationMinutes: Math.round(random() * 14 * 10) / 10 + 0.5,
      intensity: before,
      context: [...new Set([pick(CONTEXTS), pick(CONTEXTS)])],
      signs: [],
      actions: random() < 0.7 ? ['stretch', pick(['heat', 'effleurage', 'petrissage'] as const)] : ['rest'],
      painBefore: before,
      painAfter: Math.max(0, before - Math.floor(random() * 5)),
      response: pick(['better', 'better', 'same'] as const),
      ...(i % 50 === 0
        ? { assessment, history: { frequency: 'weekly', medications: ['statin'], conditions: ['diabetes'] } }
        : {}),
    };
    episodes.push(episode);
    if (i % 10 === 0) {
      sessions.push({
        id: uuidFor(2, i),
        startedAt: at,
        region: episode.region,
        massage: 'gentle',
        plan: { ...plan, region: episode.region },
        stepsCompleted: 1,
        painBefore: before,
        painAfter: Math.max(0, before - 3),
        stoppedEarly: false,
        episodeId: episode.id,
      });
    }
  }
  const checkins: CheckIn[] = [];
  for (let d = 0; d < options.days; d++) {
    checkins.push({
      id: uuidFor(3, d),
      date: new Date(start + d * 86_400_000).toISOString().slice(0, 10),
      fluidsLitres: Math.round((0.8 + random() * 2) * 10) / 10,
      sleepHours: Math.round((4.5 + random() * 4) * 2) / 2,
      exerciseIntensity: pick(['none', 'light', 'moderate', 'hard'] as const),
      stress: Math.floor(random() * 11),
      heatExposure: random() < 0.2,
    });
  }
  return { episodes, checkins, sessions };
}

/**
 * The journal of the measurement (#12): about ten episodes, all in November, reported over January to
 * November, with notes, responses, stored verdicts from the real engine and a filled-in profile. The layout test
 * and the sample pages in docs/report/ are made from it.
 */
export function buildClinicianSample(): {
  journal: { episodes: Episode[]; checkins: CheckIn[]; sessions: SessionRecord[] };
  patient: { displayName: string; dateOfBirth: string; identifier: string };
  from: string;
  to: string;
  generatedAt: string;
} {
  const base = buildSampleJournal({ episodes: 11, startDay: '2026-11-09', days: 21, seed: 12 });
  const notes: Record<number, string> = {
    0: 'Woke at 3 am with the calf locked hard; stood on the cold floor and it let go after a few minutes.',
    3: 'Long drive to the coast, then a cramp in the left foot while walking on the beach.',
    6: 'Started the new blood pressure tablet last week. Calf sore and a little swollen the morning after.',
    9: 'Massaged gently for ten minutes, which helped more than stretching did.',
  };
  const episodes = base.episodes.map((episode, i): Episode => {
    const { assessment: _assessment, history: _history, ...rest } = episode;
    const record: Episode = { ...rest, ...(notes[i] ? { notes: notes[i] } : {}) };
    if (i === 2) record.context = ['prolonged-posture', 'no-warmup', 'dehydration'];
    if (i === 6) {
      const situation = {
        region: record.region,
        durationMinutes: 25,
        context: ['new-medicine' as const],
        signs: ['swelling' as const],
        history: { frequency: 'weekly' as const, medications: ['diuretic' as const] },
      };
      Object.assign(record, situation, {
        region: 'calf',
        assessment: assessSituation({ ...situation, region: 'calf' }),
      });
    }
    if (i === 9) Object.assign(record, { assessment: assessSituation({ region: record.region, durationMinutes: 3 }) });
    return record;
  });
  return {
    journal: { episodes, checkins: base.checkins, sessions: base.sessions },
    patient: { displayName: 'Ann Example', dateOfBirth: '1958-04-12', identifier: 'NHS 943 476 5919' },
    from: '2026-01-01',
    to: '2026-11-30',
    generatedAt: '2026-12-01T09:00:00Z',
  };
}
