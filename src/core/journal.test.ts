import { afterEach, describe, expect, it, vi } from 'vitest';
import { EpisodeWriteSchema, START_CLOCK_SKEW_MINUTES, startsInFuture } from './journal';
import { parseInput } from './validation/describe-issues';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const episode = (patch: Record<string, unknown>) => ({
  id: '01900000-0000-7000-8000-000000000001',
  startedAt: '2026-06-01T11:00:00Z',
  region: 'calf',
  ...patch,
});
const problemsOf = (input: unknown) => {
  const parsed = parseInput(EpisodeWriteSchema, input);
  return parsed.success ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('startsInFuture', () => {
  it('allows a few minutes of clock skew, not more', () => {
    const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();
    expect(startsInFuture(minutes(-60), NOW)).toBe(false);
    expect(startsInFuture(minutes(START_CLOCK_SKEW_MINUTES), NOW)).toBe(false);
    expect(startsInFuture(minutes(START_CLOCK_SKEW_MINUTES + 1), NOW)).toBe(true);
    expect(startsInFuture('2031-03-01T08:00:00+01:00', NOW)).toBe(true);
  });
});

describe('EpisodeWriteSchema', () => {
  it('names the start time when it is in the future', () => {
    vi.useFakeTimers({ now: NOW });
    expect(problemsOf(episode({ startedAt: '2031-03-01T08:00:00Z' }))).toEqual([
      `startedAt: must not be in the future (at most ${START_CLOCK_SKEW_MINUTES} minutes ahead of now)`,
    ]);
    expect(problemsOf(episode({}))).toEqual([]);
  });

  it('names a negative duration instead of dropping it', () => {
    vi.useFakeTimers({ now: NOW });
    expect(problemsOf(episode({ durationMinutes: -4 }))).toEqual(['durationMinutes: must be at least 0 (got -4)']);
  });

  it('reports every bad field at once', () => {
    vi.useFakeTimers({ now: NOW });
    expect(problemsOf(episode({ startedAt: '2031-03-01T08:00:00Z', durationMinutes: -4 }))).toHaveLength(2);
  });
});
