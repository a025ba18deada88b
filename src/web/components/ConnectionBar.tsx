import { useEffect, useState } from 'react';
import { ACCOUNT_KEY, isOwnedBy, OUTBOX_KEY, type PendingWrite } from '../lib/outbox';
import { useStoredState } from '../lib/stored-state';

const changes = (n: number) => `${n} journal change${n === 1 ? '' : 's'}`;

/** Tells the person when they are offline and how many journal changes wait to sync. */
export function ConnectionBar() {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [queued] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  const [account] = useStoredState<string | null>(ACCOUNT_KEY, null);
  const pending = queued.filter((write) => isOwnedBy(write, account));
  const othersWaiting = queued.length - pending.length;
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
  if (online && pending.length === 0) {
    return others ? (
      <p className="status-bar" role="status">
        {others.trim()}
      </p>
    ) : null;
  }
  const waiting = pending.length > 0 ? ` ${changes(pending.length)} will sync when you are back online.` : '';
  return (
    <p className="status-bar" role="status">
      {online ? `Syncing…${waiting}` : `You are offline. Assessment and guided sessions still work.${waiting}`}
      {others}
    </p>
  );
}
