import { useEffect, useState } from 'react';
import { OUTBOX_KEY, type PendingWrite } from '../lib/outbox';
import { useStoredState } from '../lib/stored-state';

/** Tells the person when they are offline and how many journal changes wait to sync. */
export function ConnectionBar() {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [pending] = useStoredState<PendingWrite[]>(OUTBOX_KEY, []);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (online && pending.length === 0) return null;
  const waiting = pending.length > 0 ? ` ${pending.length} journal change(s) will sync when you are back online.` : '';
  return (
    <p className="status-bar" role="status">
      {online ? `Syncing…${waiting}` : `You are offline. Assessment and guided sessions still work.${waiting}`}
    </p>
  );
}
