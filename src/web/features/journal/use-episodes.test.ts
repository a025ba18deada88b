import { describe, expect, it } from 'vitest';
import type { EpisodeInput } from '../../../core/journal';
import { mergePending } from './use-episodes';

const episode = (id: string, startedAt: string): EpisodeInput => ({ id, startedAt, region: 'calf' });

describe('mergePending', () => {
  it('shows queued creates and edits, hides queued deletes, newest first', () => {
    const rows = mergePending(
      [episode('a', '2026-01-01T10:00:00Z'), episode('b', '2026-01-02T10:00:00Z')],
      [
        { method: 'POST', path: '/episodes', body: episode('c', '2026-01-03T10:00:00Z'), queuedAt: '' },
        { method: 'DELETE', path: '/episodes/b', queuedAt: '' },
        {
          method: 'PUT',
          path: '/episodes/a',
          body: { ...episode('a', '2026-01-01T10:00:00Z'), intensity: 5 },
          queuedAt: '',
        },
        { method: 'POST', path: '/checkins', body: {}, queuedAt: '' },
      ],
    );
    expect(rows.map((row) => [row.episode.id, row.pending])).toEqual([
      ['c', true],
      ['a', true],
    ]);
    expect(rows[1]?.episode.intensity).toBe(5);
  });
});
