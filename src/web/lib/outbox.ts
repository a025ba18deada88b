import { ApiError, requestApi } from './api-client';
import { loadStored, writeStored } from './stored-state';

/** A journal write waiting for the network. Client-generated ids make every retry idempotent. */
export interface PendingWrite {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  queuedAt: string;
}

export const OUTBOX_KEY = 'knead.outbox';

/** Writes not yet acknowledged by the server, oldest first. */
export function listPendingWrites(): PendingWrite[] {
  return loadStored<PendingWrite[]>(OUTBOX_KEY, []);
}

function savePendingWrites(writes: PendingWrite[]): void {
  writeStored(OUTBOX_KEY, writes);
}

/** Whether a failed write should wait for the network instead of being reported. */
function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.isNetwork || error.status >= 500 || error.status === 429);
}

/**
 * Send a journal write now, or queue it when offline. Resolves 'sent' or 'queued';
 * rejects only for errors retrying cannot fix (validation, permission).
 */
export async function sendWrite(write: Omit<PendingWrite, 'queuedAt'>): Promise<'sent' | 'queued'> {
  const queued = listPendingWrites();
  // Keep order: a later edit must not overtake an earlier create still in the queue.
  if (queued.length === 0 && navigator.onLine !== false) {
    try {
      await requestApi(write.method, write.path, write.body);
      return 'sent';
    } catch (error) {
      if (!isRetryable(error)) throw error;
    }
  }
  savePendingWrites([...queued, { ...write, queuedAt: new Date().toISOString() }]);
  return 'queued';
}

let flushing: Promise<number> | null = null;

async function replayPendingWrites(): Promise<number> {
  let sent = 0;
  for (;;) {
    const [next, ...rest] = listPendingWrites();
    if (!next) break;
    try {
      await requestApi(next.method, next.path, next.body);
    } catch (error) {
      if (isRetryable(error)) break;
      // 404 on DELETE means already gone; other client errors cannot succeed later: drop them.
    }
    savePendingWrites(rest);
    sent++;
  }
  return sent;
}

/** Replay queued writes in order; stops at the first network failure. Resolves with how many were sent. */
export function flushPendingWrites(): Promise<number> {
  // Cleared after assignment: an empty queue finishes synchronously, before `flushing` would be set.
  flushing ??= replayPendingWrites().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Flush when the browser comes back online and once at startup. */
export function startOutboxSync(onSynced?: (count: number) => void): void {
  const flush = () =>
    void flushPendingWrites().then((count) => {
      if (count > 0) onSynced?.(count);
    });
  window.addEventListener('online', flush);
  flush();
}
