import { useEffect, useState } from 'react';
import { ACCOUNT_KEY, isOwnedBy, isWaiting, OUTBOX_KEY, type PendingWrite } from '../lib/outbox';
import { useStoredState } from '../lib/stored-state';

const changes = (n: number) => `${n} journal change${n === 1 ? '' : 's'}`;

/** Tells the person when they are offline and how many journal changes wait to sync. */
export function ConnectionBar() {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  // navigator.onLine can say "online" with no network at all (captive portals, lie-fi, some emulators): ask the server.
  const [reachable, setReachable] = useState<boolean | null>(null);
  const [queued] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  const [account] = useStoredState<string | null>(ACCOUNT_KEY, null);
  const mine = queued.filter((write) => isOwnedBy(write, account));
  const pending = mine.filter(isWaiting);
  const refused = mine.filter((write) => !isWaiting(write));
  const othersWaiting = queued.length - mine.length;
  useEffect(() => {
    let live = true;
    const probe = () =>
      fetch('/healthz', { cache: 'no-store' }).then(
        (response) => live && setReachable(response.ok),
        () => live && setReachable(false),
      );
    const update = () => {
      setOnline(navigator.onLine !== false);
      void probe();
    };
    void probe();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      live = false;
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const others =
    othersWaiting > 0
      ? ` ${changes(othersWaiting)} from another account ${othersWaiting === 1 ? 'is' : 'are'} kept on this device until that account signs in here again.`
      : '';
  // A change the server refused for good stays on this device with the server's reason (e.g. 409 record-differs).
  const notSaved =
    refused.length > 0
      ? ` ${changes(refused.length)} could not be saved and ${refused.length === 1 ? 'is' : 'are'} kept on this device: ${refused[0]?.failed?.message}`
      : '';
  const connected = online && reachable !== false;
  if (connected && pending.length === 0) {
    return others || notSaved ? (
      <p className="status-bar" role="status">
        {`${notSaved}${others}`.trim()}
      </p>
    ) : null;
  }
  const waiting = pending.length > 0 ? ` ${changes(pending.length)} will sync when you are back online.` : '';
  return (
    <p className="status-bar" role="status">
      {connected ? `Syncing…${waiting}` : `You are offline. Assessment and guided sessions still work.${waiting}`}
      {notSaved}
      {others}
    </p>
  );
}
