import type { Translator } from '../../../core/i18n/translator';
import type { EpisodeInput } from '../../../core/journal';
import { JOURNAL } from '../../lib/namespaces/journal';
import type { PendingWrite } from '../../lib/outbox';
import { sourceTranslator } from '../../lib/source-messages';

/** An episode as the journal lists it: the server's record, or what a queued write will make of it. */
export type EpisodeItem = EpisodeInput & { id: string };

export interface EpisodeRow {
  episode: EpisodeItem;
  /** Waiting in the outbox (created or edited offline). */
  pending: boolean;
}

const time = (episode: EpisodeItem) => Date.parse(episode.startedAt);

/** Newest first, ties by id (descending), the server's order. */
function byNewest(a: EpisodeItem, b: EpisodeItem): number {
  return time(b) - time(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The episode id a journal write is about, or null for a write that is not about episodes. */
function episodeIdOf(write: Pick<PendingWrite, 'method' | 'path' | 'body'>): string | null {
  if (!write.path.startsWith('/episodes')) return null;
  if (write.method === 'DELETE') return decodeURIComponent(write.path.split('/')[2] ?? '');
  return (write.body as EpisodeItem | undefined)?.id ?? null;
}

/**
 * Overlay queued (offline) writes on the known list so the journal shows them at once, newest first.
 * @example mergePending([], [{ method: 'POST', path: '/episodes', body: episode, queuedAt: '' }])[0]?.pending // true
 */
export function mergePending(items: readonly EpisodeItem[], pending: readonly PendingWrite[]): EpisodeRow[] {
  const rows = new Map<string, EpisodeRow>(items.map((episode) => [episode.id, { episode, pending: false }]));
  for (const write of pending) {
    const id = episodeIdOf(write);
    if (id === null) continue;
    if (write.method === 'DELETE') rows.delete(id);
    else rows.set(id, { episode: write.body as EpisodeItem, pending: true });
  }
  return [...rows.values()].sort((a, b) => byNewest(a.episode, b.episode));
}

/**
 * The list after writes the server has accepted: what the next fetch will say, kept until it does.
 * @example applyWrites([episode], [{ method: 'DELETE', path: `/episodes/${episode.id}` }]) // []
 */
export function applyWrites(
  items: readonly EpisodeItem[],
  writes: readonly Pick<PendingWrite, 'method' | 'path' | 'body'>[],
): EpisodeItem[] {
  return mergePending(
    items,
    writes.map((write) => ({ ...write, queuedAt: '' })),
  ).map((row) => row.episode);
}

/**
 * Reconcile the known list with one page from the server, which is the truth for the span it covers:
 * from just after `upTo` (the oldest start of the page before it; none for the first page) down to its own oldest
 * start, or to the beginning when it is the last page. Known episodes outside that span are kept.
 * @example reconcilePage(saved, { items: [], nextCursor: null }) // [] — the server has none
 */
export function reconcilePage(
  known: readonly EpisodeItem[],
  page: { items: readonly EpisodeItem[]; nextCursor: string | null },
  upTo?: string,
): EpisodeItem[] {
  const oldest = page.items.at(-1);
  const from = page.nextCursor === null || !oldest ? Number.NEGATIVE_INFINITY : time(oldest);
  const to = upTo === undefined ? Number.POSITIVE_INFINITY : Date.parse(upTo);
  const ids = new Set(page.items.map((item) => item.id));
  const outside = known.filter((item) => !ids.has(item.id) && (time(item) < from || time(item) >= to));
  return [...page.items, ...outside].sort(byNewest);
}

/** Where the list on screen comes from. */
export type JournalSource = 'none' | 'device' | 'server';

export interface JournalStatus {
  source: JournalSource;
  /** A fetch from the server is running. */
  fetching: boolean;
  /** The last fetch failed: why, and whether signing in would help. */
  failure: { message: string; needsSignIn: boolean } | null;
  /** When the copy on this device was last confirmed by the server (ISO). */
  savedAt: string | null;
  /** The copy on this device is still being read: nothing is known yet, even if the server failed. */
  readingCopy: boolean;
}

/** What the journal says about its list; `showEmpty` only when the server said there is nothing. */
export interface JournalNotice {
  text: string | null;
  showEmpty: boolean;
}

/**
 * The line above the list: loading, a saved copy, or a failure; never "no entries" while unknown.
 * @example describeJournal({ source: 'none', fetching: true, failure: null, savedAt: null }, 0).text // 'Loading your journal…'
 */
export function describeJournal(
  status: JournalStatus,
  rowCount: number,
  formatTime: (iso: string) => string = (iso) => iso,
  { t }: Translator = sourceTranslator,
): JournalNotice {
  const { source, fetching, failure, savedAt, readingCopy } = status;
  if (source === 'server' && !failure) return { text: null, showEmpty: rowCount === 0 && !fetching };
  const values = savedAt ? { saved: formatTime(savedAt) } : {};
  const from = savedAt ? '-from' : '';
  if (source === 'device') {
    if (failure && !failure.needsSignIn) {
      return {
        text: t(`${JOURNAL}.journal.copy-waiting${from}`, values),
        showEmpty: false,
      };
    }
    return { text: t(`${JOURNAL}.journal.copy-checking${from}`, values), showEmpty: false };
  }
  if (failure && !failure.needsSignIn && !readingCopy) {
    return {
      text: t(`${JOURNAL}.journal.load-failed`, { reason: failure.message }),
      showEmpty: false,
    };
  }
  return { text: failure?.needsSignIn ? null : t(`${JOURNAL}.journal.loading`), showEmpty: false };
}
