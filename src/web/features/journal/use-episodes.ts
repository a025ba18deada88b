import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-client';
import { readJournalCopy, saveJournalCopy } from '../../lib/journal-store';
import { ACCOUNT_KEY, isOwnedBy, isWaiting, OUTBOX_KEY, type PendingWrite } from '../../lib/outbox';
import { useStoredState } from '../../lib/stored-state';
import { listEpisodes } from './journal-api';
import { applyWrites, type EpisodeItem, type JournalStatus, mergePending, reconcilePage } from './journal-copy';

/** How often the journal asks the server again while it cannot be reached. */
const RETRY_MS = 5000;
const PAGE_SIZE = 100;

interface JournalState extends JournalStatus {
  /** The account the list belongs to (null: not known yet); a copy is saved only under its owner. */
  owner: string | null;
  items: EpisodeItem[];
  nextCursor: string | null;
  /** The oldest start the server's pages have covered so far (where "Load older entries" goes on). */
  loadedTo: string | undefined;
}

const initialState = (owner: string | null): JournalState => ({
  owner,
  source: 'none',
  fetching: true,
  failure: null,
  savedAt: null,
  readingCopy: owner !== null,
  items: [],
  nextCursor: null,
  loadedTo: undefined,
});

const sameWrite = (a: PendingWrite, b: PendingWrite) =>
  a.queuedAt === b.queuedAt && a.method === b.method && a.path === b.path;

/**
 * The journal's episodes: the copy saved on this device at once, then the server's list (the truth) in the
 * background, with queued offline writes overlaid as pending. It asks again when the browser comes back
 * online, when the page is shown again, after queued writes are sent, and every few seconds while it fails.
 */
export function useEpisodes() {
  const [queued] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  const [account] = useStoredState<string | null>(ACCOUNT_KEY, null);
  const [state, setState] = useState<JournalState>(() => initialState(account));
  const accountRef = useRef(account);
  accountRef.current = account;
  const request = useRef(0);

  const load = useCallback(async (older?: { cursor: string; upTo: string | undefined }) => {
    const ticket = ++request.current;
    const owner = accountRef.current;
    setState((s) => ({ ...s, fetching: true }));
    try {
      const page = await listEpisodes({ limit: PAGE_SIZE, ...(older ? { cursor: older.cursor } : {}) });
      if (ticket !== request.current || owner !== accountRef.current) return;
      setState((s) => ({
        owner,
        source: 'server',
        fetching: false,
        readingCopy: false,
        failure: null,
        savedAt: new Date().toISOString(),
        items: reconcilePage(s.items, page, older?.upTo),
        nextCursor: page.nextCursor,
        loadedTo: page.items.at(-1)?.startedAt ?? older?.upTo,
      }));
    } catch (error) {
      if (ticket !== request.current) return;
      const needsSignIn = error instanceof ApiError && error.status === 401;
      setState((s) => ({
        ...s,
        // What is on screen is now only what this device knows.
        source: s.source === 'server' ? 'device' : s.source,
        fetching: false,
        failure: { message: (error as Error).message, needsSignIn },
      }));
    }
  }, []);

  // A new account (or the first one known): start over with its own copy and list.
  useEffect(() => {
    let live = true;
    setState(initialState(account));
    void load();
    if (account !== null) {
      void readJournalCopy(account).then((copy) => {
        if (!live) return;
        setState((s) => {
          if (s.owner !== account) return s;
          if (!copy || s.source !== 'none') return { ...s, readingCopy: false };
          return { ...s, readingCopy: false, source: 'device', items: copy.episodes, savedAt: copy.savedAt };
        });
      });
    }
    return () => {
      live = false;
    };
  }, [account, load]);

  // Save what the server confirmed (and the writes it accepted since) as this account's copy.
  useEffect(() => {
    if (state.owner === null || state.owner !== account || state.source === 'none' || !state.savedAt) return;
    void saveJournalCopy(state.owner, { episodes: state.items, savedAt: state.savedAt });
  }, [state.owner, state.source, state.items, state.savedAt, account]);

  useEffect(() => {
    const again = () => void load();
    const shown = () => document.visibilityState === 'visible' && again();
    window.addEventListener('online', again);
    document.addEventListener('visibilitychange', shown);
    return () => {
      window.removeEventListener('online', again);
      document.removeEventListener('visibilitychange', shown);
    };
  }, [load]);

  const retrying = state.failure !== null && !state.failure.needsSignIn && !state.fetching;
  useEffect(() => {
    if (!retrying) return;
    const timer = window.setTimeout(() => void load(), RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [retrying, load]);

  // Only this account's queued changes: another person's offline entries never show in this journal.
  const pending = queued.filter((write) => isOwnedBy(write, account));
  // Writes that left the outbox were accepted: keep them in the list until the server's list says so itself.
  const sentBefore = useRef(pending);
  useEffect(() => {
    const before = sentBefore.current;
    const now = queued.filter((write) => isOwnedBy(write, account));
    sentBefore.current = now;
    const sent = before.filter((write) => isWaiting(write) && !now.some((other) => sameWrite(other, write)));
    if (sent.length === 0) return;
    setState((s) => ({ ...s, items: applyWrites(s.items, sent) }));
    void load();
  }, [queued, account, load]);

  return {
    state: state as JournalStatus,
    rows: mergePending(state.items, pending),
    loadMore:
      state.source === 'server' && state.nextCursor
        ? () => void load({ cursor: state.nextCursor ?? '', upTo: state.loadedTo })
        : null,
    reload: () => void load(),
    /** The server deleted this episode (a delete sent at once, not queued). */
    forget: (id: string) =>
      setState((s) => ({ ...s, items: applyWrites(s.items, [{ method: 'DELETE', path: `/episodes/${id}` }]) })),
  };
}
