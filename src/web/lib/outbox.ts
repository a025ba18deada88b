import { ApiError, requestApi } from './api-client';
import { loadStored, writeStored } from './stored-state';

/** A journal write waiting for the network. Client-generated ids make every retry idempotent. */
export interface PendingWrite {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  queuedAt: string;
  /** The account it was made under (the implicit user in local mode); null when none was known yet. */
  owner?: string | null;
  /** The server refused it for good (e.g. 409 record-differs): it is kept, shown with this message, not retried. */
  failed?: { status: number; code: string; message: string };
}

export const OUTBOX_KEY = 'knead.outbox';
/** The last account this browser was signed in as (its id), kept so writes queued offline know their owner. */
export const ACCOUNT_KEY = 'knead.account';

/** The account writes are queued for and replayed to now (null: signed out, or not known yet). */
export function rememberedAccount(): string | null {
  return loadStored<string | null>(ACCOUNT_KEY, null);
}

/** Whether a queued write belongs to `account`. Writes never cross accounts: replaying one person's entry
 *  into whoever signs in next on a shared device would put their health data in someone else's journal. */
export function isOwnedBy(write: PendingWrite, account: string | null): boolean {
  return (write.owner ?? null) === account;
}

function allPendingWrites(): PendingWrite[] {
  return loadStored<PendingWrite[]>(OUTBOX_KEY, []);
}

/**
 * Record who is signed in (from /me); true when that changed. Writes queued before any account was known are
 * adopted by the first.
 */
export function rememberAccount(account: string | null): boolean {
  const previous = loadStored<string | null | undefined>(ACCOUNT_KEY, undefined);
  if (previous === account) return false;
  writeStored(ACCOUNT_KEY, account);
  const writes = allPendingWrites();
  if (previous === undefined && account !== null && writes.some((write) => (write.owner ?? null) === null)) {
    writeStored(
      OUTBOX_KEY,
      writes.map((write) => ((write.owner ?? null) === null ? { ...write, owner: account } : write)),
    );
  }
  return true;
}

/** The current account's writes not yet acknowledged by the server, oldest first (refused ones included). */
export function listPendingWrites(): PendingWrite[] {
  const account = rememberedAccount();
  return allPendingWrites().filter((write) => isOwnedBy(write, account));
}

/** Whether a queued write still waits to be sent (a refused one waits for the person, not the network). */
export function isWaiting(write: PendingWrite): boolean {
  return write.failed === undefined;
}

/** Whether a failed write should wait for the network instead of being reported. */
function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.isNetwork || error.status >= 500 || error.status === 429);
}

/**
 * Send a journal write now, or queue it when offline. Resolves 'sent' or 'queued';
 * rejects only for errors retrying cannot fix (validation, permission).
 */
export async function sendWrite(write: Omit<PendingWrite, 'queuedAt' | 'owner'>): Promise<'sent' | 'queued'> {
  // Keep order: a later edit must not overtake an earlier create still in the queue.
  if (!listPendingWrites().some(isWaiting) && navigator.onLine !== false) {
    try {
      await requestApi(write.method, write.path, write.body);
      return 'sent';
    } catch (error) {
      if (!isRetryable(error)) throw error;
    }
  }
  const queued: PendingWrite = { ...write, queuedAt: new Date().toISOString(), owner: rememberedAccount() };
  writeStored(OUTBOX_KEY, [...allPendingWrites(), queued]);
  return 'queued';
}

let flushing: Promise<number> | null = null;

async function replayPendingWrites(): Promise<number> {
  if (allPendingWrites().length === 0) return 0;
  // Ask who is signed in now (the cookie may belong to someone else than when the writes were queued).
  let account: string | null;
  try {
    const me = await requestApi<{ user: { id: string } | null }>('GET', '/me');
    account = me.user?.id ?? null;
  } catch {
    return 0; // offline: try again later
  }
  rememberAccount(account);
  if (account === null) return 0; // signed out: the writes wait for their owner
  let sent = 0;
  for (;;) {
    // Only this loop removes writes and sendWrite only appends, so the index stays valid across the await.
    const index = allPendingWrites().findIndex((write) => isOwnedBy(write, account) && isWaiting(write));
    const next = allPendingWrites()[index];
    if (!next) break;
    let failed: PendingWrite['failed'];
    try {
      await requestApi(next.method, next.path, next.body);
    } catch (error) {
      if (isRetryable(error)) break;
      // A 409 (the id is already stored with other content, or is someone else's) cannot succeed by retrying, and
      // dropping it would lose what the person wrote: keep it, marked, for them to see. Other client errors cannot
      // succeed later either (404 on DELETE means already gone): drop them.
      if (error instanceof ApiError && error.status === 409) {
        failed = { status: error.status, code: error.code, message: error.message };
      }
    }
    writeStored(
      OUTBOX_KEY,
      failed
        ? allPendingWrites().map((write, i) => (i === index ? { ...write, failed } : write))
        : allPendingWrites().filter((_, i) => i !== index),
    );
    if (!failed) sent++;
  }
  return sent;
}

/** Replay the current account's queued writes in order; stops at the first network failure. Resolves with how many were sent. */
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

/** Drop the current account's queued writes ("delete all my data": they must not bring entries back after it). */
export function discardPendingWrites(): number {
  const account = rememberedAccount();
  const all = allPendingWrites();
  const kept = all.filter((write) => !isOwnedBy(write, account));
  writeStored(OUTBOX_KEY, kept);
  return all.length - kept.length;
}
