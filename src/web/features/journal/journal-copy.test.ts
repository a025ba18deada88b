import { describe, expect, it } from 'vitest';
import type { PendingWrite } from '../../lib/outbox';
import {
  applyWrites,
  describeJournal,
  type EpisodeItem,
  type JournalStatus,
  mergePending,
  reconcilePage,
} from './journal-copy';

const episode = (id: string, startedAt: string): EpisodeItem => ({ id, startedAt, region: 'calf' });
const ids = (items: readonly EpisodeItem[]) => items.map((item) => item.id);
const status = (patch: Partial<JournalStatus>): JournalStatus => ({
  source: 'none',
  fetching: false,
  failure: null,
  savedAt: null,
  readingCopy: false,
  ...patch,
});

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

  it('orders by the instant, not the text, when offsets differ', () => {
    const rows = mergePending(
      [episode('utc', '2026-01-01T10:30:00Z'), episode('paris', '2026-01-01T11:00:00+01:00')],
      [],
    );
    expect(rows.map((row) => row.episode.id)).toEqual(['utc', 'paris']);
  });
});

describe('applyWrites', () => {
  it('keeps the writes the server accepted, not marked pending', () => {
    const sent: PendingWrite[] = [
      { method: 'POST', path: '/episodes', body: episode('new', '2026-02-01T08:00:00Z'), queuedAt: 'x' },
      { method: 'DELETE', path: '/episodes/old', queuedAt: 'y' },
    ];
    expect(ids(applyWrites([episode('old', '2026-01-01T08:00:00Z')], sent))).toEqual(['new']);
  });
});

describe('reconcilePage', () => {
  const saved = [
    episode('gone', '2026-03-05T10:00:00Z'),
    episode('kept', '2026-03-04T10:00:00Z'),
    episode('older', '2026-01-01T10:00:00Z'),
  ];

  it('takes the last page as the whole truth: episodes deleted elsewhere leave the copy', () => {
    const page = {
      items: [episode('kept', '2026-03-04T10:00:00Z'), episode('fresh', '2026-03-06T10:00:00Z')],
      nextCursor: null,
    };
    expect(ids(reconcilePage(saved, page))).toEqual(['fresh', 'kept']);
  });

  it('keeps saved episodes older than a first page that has more behind it', () => {
    const page = { items: [episode('kept', '2026-03-04T10:00:00Z')], nextCursor: 'c1' };
    expect(ids(reconcilePage(saved, page))).toEqual(['kept', 'older']);
  });

  it('replaces only the span an older page covers', () => {
    const known = [episode('top', '2026-03-10T10:00:00Z'), episode('stale', '2026-02-01T10:00:00Z')];
    const page = { items: [episode('mid', '2026-02-15T10:00:00Z')], nextCursor: null };
    expect(ids(reconcilePage(known, page, '2026-03-10T10:00:00Z'))).toEqual(['top', 'mid']);
  });

  it('an empty answer from the server empties the copy', () => {
    expect(reconcilePage(saved, { items: [], nextCursor: null })).toEqual([]);
  });
});

describe('describeJournal', () => {
  it('says "no entries" only when the server answered with none', () => {
    expect(describeJournal(status({ source: 'server' }), 0)).toEqual({ text: null, showEmpty: true });
    expect(describeJournal(status({ source: 'server', fetching: true }), 0).showEmpty).toBe(false);
    expect(describeJournal(status({ source: 'server' }), 2).showEmpty).toBe(false);
    for (const unknown of [
      status({ fetching: true }),
      status({ failure: { message: 'You appear to be offline.', needsSignIn: false } }),
      status({ source: 'device', fetching: true, savedAt: '2026-03-01T10:00:00Z' }),
      status({ source: 'device', failure: { message: 'offline', needsSignIn: false } }),
      status({ failure: { message: 'sign in', needsSignIn: true } }),
    ]) {
      expect(describeJournal(unknown, 0).showEmpty).toBe(false);
    }
  });

  it('says where the list comes from while the server has not answered', () => {
    expect(describeJournal(status({ fetching: true }), 0).text).toBe('Loading your journal…');
    const saved = status({ source: 'device', fetching: true, savedAt: '2026-03-01T10:00:00Z' });
    expect(describeJournal(saved, 3, (iso) => `[${iso}]`).text).toBe(
      'Showing the copy saved on this device from [2026-03-01T10:00:00Z]. Checking for changes…',
    );
    const offline = status({ source: 'device', failure: { message: 'You appear to be offline.', needsSignIn: false } });
    expect(describeJournal(offline, 3).text).toBe(
      'Showing the copy saved on this device; it updates when the server answers.',
    );
    const nothing = status({ failure: { message: 'You appear to be offline.', needsSignIn: false } });
    expect(describeJournal(nothing, 0).text).toMatch(/^Could not load the journal from the server/);
    // The server failed before the copy on this device was read: still unknown, not "could not load".
    expect(describeJournal({ ...nothing, readingCopy: true }, 0).text).toBe('Loading your journal…');
  });
});
