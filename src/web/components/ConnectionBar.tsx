import { useEffect, useState } from 'react';
import { ACCOUNT_KEY, isOwnedBy, isWaiting, OUTBOX_KEY, type PendingWrite } from '../lib/outbox';
import { useStoredState } from '../lib/stored-state';

const changes = (n: number) => `${n} journal change${n === 1 ? '' : 's'}`;

/** Tells the person when they are offline and how many journal changes wait to sync. */
export function ConnectionBar() {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [queued] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  const [account] = useStoredState<string | null>(ACCOUNT_KEY, null);
  const mine = queued.filter((write) => isOwnedBy(write, account));
  const pending = mine.filter(isWaiting);
  const refused = mine.filter((write) => !isWaiting(write));
  const othersWaiting = queued.length - mine.length;
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
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
  if (online && pending.length === 0) {
    return others || notSaved ? (
      <p className="status-bar" role="status">
        {`${notSaved}${others}`.trim()}
      </p>
    ) : null;
  }
  const waiting = pending.length > 0 ? ` ${changes(pending.length)} will sync when you are back online.` : '';
  return (
    <p className="status-bar" role="status">
      {online ? `Syncing…${waiting}` : `You are offline. Assessment and guided sessions still work.${waiting}`}
      {notSaved}
      {others}
    </p>
  );
}
