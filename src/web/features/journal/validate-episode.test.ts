import { afterEach, describe, expect, it, vi } from 'vitest';
import { FUTURE_START_MESSAGE } from '../../../core/journal';
import { type EpisodeDraft, toDraft, validateEpisode } from './validate-episode';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const draft = (patch: Partial<EpisodeDraft>): EpisodeDraft => ({
  ...toDraft({ id: '01900000-0000-7000-8000-000000000001', startedAt: '2026-06-01T11:00:00Z', region: 'calf' }),
  ...patch,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('validateEpisode (the API schema, in the form)', () => {
  it('names a negative duration instead of saving "no duration"', () => {
    expect(validateEpisode(draft({ durationText: '-4' }))).toEqual({
      success: false,
      errors: { durationMinutes: 'Duration (minutes): must be at least 0 (got -4)' },
    });
  });

  it('names text that is not a number', () => {
    expect(validateEpisode(draft({ durationText: 'ten' }))).toEqual({
      success: false,
      errors: { durationMinutes: 'Duration (minutes): expected a number, got "ten"' },
    });
  });

  it('names a start in the future, with the other problems', () => {
    vi.useFakeTimers({ now: NOW });
    const result = validateEpisode(draft({ startedAt: '2031-03-01T08:00:00Z', durationText: '-1' }));
    expect(result).toEqual({
      success: false,
      errors: {
        startedAt: `Start time: ${FUTURE_START_MESSAGE}`,
        durationMinutes: 'Duration (minutes): must be at least 0 (got -1)',
      },
    });
  });

  it('passes a valid draft through, reading a decimal comma and an empty duration', () => {
    vi.useFakeTimers({ now: NOW });
    expect(validateEpisode(draft({ durationText: '1,5' }))).toMatchObject({
      success: true,
      episode: { durationMinutes: 1.5 },
    });
    const blank = validateEpisode(draft({ durationText: ' ' }));
    expect(blank.success && 'durationMinutes' in blank.episode).toBe(false);
    expect(toDraft({ id: 'x', startedAt: 'y', region: 'calf', durationMinutes: 0 }).durationText).toBe('0');
  });
});
