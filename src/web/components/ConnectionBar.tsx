import { useEffect, useState } from 'react';
import { useT } from '../lib/i18n';
import { ACCOUNT_KEY, isOwnedBy, isWaiting, OUTBOX_KEY, type PendingWrite } from '../lib/outbox';
import { useStoredState } from '../lib/stored-state';

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
  const connected = online && reachable !== false;
  if (connected && pending.length === 0 && othersWaiting === 0 && refused.length === 0) return null;
  return (
    <ConnectionText
      connected={connected}
      pending={pending.length}
      refused={refused.length}
      reason={refused[0]?.failed?.message}
      othersWaiting={othersWaiting}
    />
  );
}

interface ConnectionTextProps {
  connected: boolean;
  pending: number;
  refused: number;
  reason: string | undefined;
  othersWaiting: number;
}

function ConnectionText({ connected, pending, refused, reason, othersWaiting }: ConnectionTextProps) {
  const { t } = useT();
  const others = othersWaiting > 0 ? ` ${t('web.connection.others', { count: othersWaiting })}` : '';
  // A change the server refused for good stays on this device with the server's reason (e.g. 409 record-differs).
  const notSaved = refused > 0 ? ` ${t('web.connection.not-saved', { count: refused, reason })}` : '';
  if (connected && pending === 0) {
    return (
      <p className="status-bar" role="status">
        {`${notSaved}${others}`.trim()}
      </p>
    );
  }
  const waiting = pending > 0 ? ` ${t('web.connection.waiting', { count: pending })}` : '';
  return (
    <p className="status-bar" role="status">
      {`${t(connected ? 'web.connection.syncing' : 'web.connection.offline')}${waiting}`}
      {notSaved}
      {others}
    </p>
  );
}
