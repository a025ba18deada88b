import { useEffect, useState } from 'react';
import {
  accountApi,
  describeFailure,
  formatWhen,
  type SessionInfo,
  type TokenInfo,
  type TokenScope,
} from './account-security-api';

/** Loads a list once and reloads it after each change; failures show as one line. */
function useList<T>(load: () => Promise<T[]>) {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState('');
  const reload = () => load().then(setItems, (failure: unknown) => setStatus(describeFailure(failure)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on mount
  useEffect(() => void reload(), []);
  const act = async (task: () => Promise<unknown>, done: string) => {
    try {
      await task();
      setStatus(done);
    } catch (failure) {
      setStatus(describeFailure(failure));
    }
    await reload();
  };
  return { items, status, act };
}

/** Where I am signed in (no IP addresses: the browser and the times are enough to recognise a device). */
export function SessionList() {
  const { items, status, act } = useList<SessionInfo>(accountApi.listSessions);
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Signed-in devices</h2>
      <ul className="list-plain">
        {items.map((s) => (
          <li key={s.id}>
            <strong>{s.userAgent ?? 'Unknown browser'}</strong>
            {s.current ? ' (this device)' : ''} — signed in {formatWhen(s.createdAt)}, last used{' '}
            {formatWhen(s.lastUsedAt)}{' '}
            {!s.current && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void act(() => accountApi.endSession(s.id), 'Signed out.')}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void act(accountApi.endOtherSessions, 'Signed out everywhere else.')}
      >
        Sign out all other devices
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

const SCOPE_LABELS: Record<TokenScope, string> = { read: 'read the journal', 'journal:write': 'write the journal' };

/** Personal API tokens: scopes, expiry, and the secret shown once. */
export function TokenList() {
  const { items, status, act } = useList<TokenInfo>(accountApi.listTokens);
  const [name, setName] = useState('');
  const [canWrite, setCanWrite] = useState(false);
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState('');
  const create = () =>
    act(async () => {
      const scopes: TokenScope[] = canWrite ? ['read', 'journal:write'] : ['read'];
      setSecret((await accountApi.createToken(name, scopes, days)).token);
      setName('');
    }, 'Token created: copy it now, it is shown only once.');
  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <div className="field">
        <label htmlFor="token-name">Name</label>
        <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <label className="choice">
        <input type="checkbox" checked={canWrite} onChange={(e) => setCanWrite(e.target.checked)} />
        Allow writing the journal (otherwise read-only)
      </label>
      <div className="field">
        <label htmlFor="token-days">Expires after (days, 1–365)</label>
        <input
          id="token-days"
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        />
      </div>
      <button type="button" className="button" onClick={() => void create()}>
        Create token
      </button>
      {secret && (
        <p>
          New token: <code>{secret}</code>
        </p>
      )}
      <ul className="list-plain">
        {items.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong> — may {t.scopes.map((s) => SCOPE_LABELS[s]).join(' and ')}; expires{' '}
            {t.expiresAt ? formatWhen(t.expiresAt) : 'never'}; last used {formatWhen(t.lastUsedAt)}{' '}
            <button
              type="button"
              className="button button-danger"
              onClick={() => void act(() => accountApi.revokeToken(t.id), 'Token revoked.')}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
