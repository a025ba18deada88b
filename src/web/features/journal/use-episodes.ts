import { useCallback, useEffect, useState } from 'react';
import type { EpisodeInput } from '../../../core/journal';
import { ApiError } from '../../lib/api-client';
import { ACCOUNT_KEY, isOwnedBy, OUTBOX_KEY, type PendingWrite } from '../../lib/outbox';
import { useStoredState } from '../../lib/stored-state';
import { type EpisodeRecord, listEpisodes } from './journal-api';

export interface EpisodeRow {
  episode: EpisodeInput & { id: string };
  /** Waiting in the outbox (created or edited offline). */
  pending: boolean;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; items: EpisodeRecord[]; nextCursor: string | null }
  | { status: 'error'; message: string; needsSignIn: boolean };

/** Overlay queued (offline) writes on the server's list so the journal shows them at once. */
export function mergePending(items: readonly EpisodeInput[], pending: readonly PendingWrite[]): EpisodeRow[] {
  const rows = new Map<string, EpisodeRow>(items.map((episode) => [episode.id, { episode, pending: false }]));
  for (const write of pending) {
    if (!write.path.startsWith('/episodes')) continue;
    if (write.method === 'DELETE') rows.delete(decodeURIComponent(write.path.split('/')[2] ?? ''));
    else {
      const episode = write.body as EpisodeInput;
      rows.set(episode.id, { episode, pending: true });
    }
  }
  return [...rows.values()].sort((a, b) => b.episode.startedAt.localeCompare(a.episode.startedAt));
}

/** The journal's episodes (server + queued), with paging. */
export function useEpisodes() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [queued] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  const [account] = useStoredState<string | null>(ACCOUNT_KEY, null);
  // Only this account's queued changes: another person's offline entries never show in this journal.
  const pending = queued.filter((write) => isOwnedBy(write, account));

  const load = useCallback(async (cursor?: string) => {
    try {
      const page = await listEpisodes({ limit: 100, ...(cursor ? { cursor } : {}) });
      setState((previous) => ({
        status: 'ready',
        items: cursor && previous.status === 'ready' ? [...previous.items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      setState({ status: 'error', message: (error as Error).message, needsSignIn: status === 401 });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const items = state.status === 'ready' ? state.items : [];
  return {
    state,
    rows: mergePending(items, pending),
    loadMore: state.status === 'ready' && state.nextCursor ? () => void load(state.nextCursor ?? undefined) : null,
    reload: () => void load(),
  };
}
