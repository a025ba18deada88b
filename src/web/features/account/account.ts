import { useSyncExternalStore } from 'react';
import { requestApi } from '../../lib/api-client';
import { clearJournalCopies } from '../../lib/journal-store';
import { flushPendingWrites, rememberAccount } from '../../lib/outbox';

export interface Me {
  mode: 'local' | 'server';
  /** `clinician`: a clinician account (it can invite clients and open the dashboard); always false in local mode. */
  user: { id: string; email: string; twoFactor?: boolean; clinician?: boolean } | null;
  csrfToken?: string;
}

/** null while unknown (loading or offline): the app then behaves as local mode. */
let current: Me | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setMe(next: Me | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Ask the server who we are (once, or again after sign-in/out). */
export function refreshMe(): Promise<void> {
  loading = requestApi<Me>('GET', '/me')
    .then((me) => {
      const changed = rememberAccount(me.user?.id ?? null);
      // Someone else (or no one) now: the previous account's journal copy must not stay on this device.
      if (changed) void clearJournalCopies();
      setMe(me);
      // Signed in again: this account's changes queued on this device can go now.
      if (changed) void flushPendingWrites();
    })
    .catch(() => setMe(current));
  return loading;
}

/** Sign out here, and forget the journal copy this device kept for the account. */
export async function signOut(): Promise<void> {
  try {
    await requestApi('POST', '/auth/signout');
  } finally {
    await clearJournalCopies();
    await refreshMe();
  }
}

/** The current account state; triggers the first /me request lazily. */
export function useMe(): Me | null {
  if (!loading && typeof window !== 'undefined') void refreshMe();
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}

/** Whether journal features need the person to sign in first (accounts mode, signed out). */
export function needsSignIn(me: Me | null): boolean {
  return me?.mode === 'server' && me.user === null;
}
