import { useEffect, useState } from 'react';
import type { Translator } from '../../../core/i18n/translator';
import { useT } from '../../lib/i18n';
import { ACCOUNT } from '../../lib/namespaces/account';
import {
  accountApi,
  describeFailure,
  formatWhen,
  type SessionInfo,
  type TokenInfo,
  type TokenScope,
} from './account-security-api';

/** Loads a list once and reloads it after each change; failures show as one line. */
function useList<T>(load: () => Promise<T[]>, translator: Translator) {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState('');
  const reload = () => load().then(setItems, (failure: unknown) => setStatus(describeFailure(failure, translator)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on mount
  useEffect(() => void reload(), []);
  const act = async (task: () => Promise<unknown>, done: string) => {
    try {
      await task();
      setStatus(done);
    } catch (failure) {
      setStatus(describeFailure(failure, translator));
    }
    await reload();
  };
  return { items, status, act };
}

/** Where I am signed in (no IP addresses: the browser and the times are enough to recognise a device). */
export function SessionList() {
  const translator = useT(ACCOUNT);
  const { t } = translator;
  const { items, status, act } = useList<SessionInfo>(accountApi.listSessions, translator);
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('web-account.sessions')}</h2>
      <ul className="list-plain">
        {items.map((s) => (
          <li key={s.id}>
            <strong>{s.userAgent ?? t('web-account.sessions.unknown')}</strong>
            {t('web-account.sessions.item', {
              current: s.current ? 'yes' : 'no',
              created: formatWhen(s.createdAt, translator),
              used: formatWhen(s.lastUsedAt, translator),
            })}{' '}
            {!s.current && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void act(() => accountApi.endSession(s.id), t('web-account.sessions.ended'))}
              >
                {t('web-account.sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void act(accountApi.endOtherSessions, t('web-account.sessions.ended-others'))}
      >
        {t('web-account.sessions.end-others')}
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

/** Each scope's words are `web-account.tokens.scope.<scope>`. */
const SCOPE_KEYS: Record<TokenScope, string> = { read: 'read', 'journal:write': 'write' };

/** Personal API tokens: scopes, expiry, and the secret shown once. */
export function TokenList() {
  const translator = useT(ACCOUNT);
  const { t } = translator;
  const { items, status, act } = useList<TokenInfo>(accountApi.listTokens, translator);
  const [name, setName] = useState('');
  const [canWrite, setCanWrite] = useState(false);
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState('');
  const create = () =>
    act(async () => {
      const scopes: TokenScope[] = canWrite ? ['read', 'journal:write'] : ['read'];
      setSecret((await accountApi.createToken(name, scopes, days)).token);
      setName('');
    }, t('web-account.tokens.created'));
  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('web-account.tokens')}</h2>
      <div className="field">
        <label htmlFor="token-name">{t('web-account.tokens.name')}</label>
        <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <label className="choice">
        <input type="checkbox" checked={canWrite} onChange={(e) => setCanWrite(e.target.checked)} />
        {t('web-account.tokens.write')}
      </label>
      <div className="field">
        <label htmlFor="token-days">{t('web-account.tokens.days')}</label>
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
        {t('web-account.tokens.create')}
      </button>
      {secret && (
        <p>
          {t('web-account.tokens.new')} <code>{secret}</code>
        </p>
      )}
      <ul className="list-plain">
        {items.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong>
            {t('web-account.tokens.item', {
              scopes: translator.list(token.scopes.map((s) => t(`web-account.tokens.scope.${SCOPE_KEYS[s]}`))),
              expires: formatWhen(token.expiresAt, translator),
              used: formatWhen(token.lastUsedAt, translator),
            })}{' '}
            <button
              type="button"
              className="button button-danger"
              onClick={() => void act(() => accountApi.revokeToken(token.id), t('web-account.tokens.revoked'))}
            >
              {t('web-account.tokens.revoke')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
