import { type FormEvent, useState } from 'react';
import { useT } from '../../lib/i18n';
import { ACCOUNT } from '../../lib/namespaces/account';
import { Link } from '../../lib/router';
import { refreshMe, useMe } from './account';
import { accountApi, describeFailure } from './account-security-api';
import { SessionList, TokenList } from './DeviceLists';

/** Account security (accounts mode): password change, two-step sign-in, signed-in devices and API tokens. */
export default function AccountSecurityPage() {
  const me = useMe();
  const { t } = useT(ACCOUNT);
  if (!me?.user) {
    return (
      <>
        <h1>{t('web-account.heading')}</h1>
        <p>
          <Link to="/signin">{t('web-account.sign-in')}</Link>
          {t('web-account.sign-in-after')}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('web-account.heading')}</h1>
      <PasswordChange />
      <TwoFactor enabled={Boolean(me.user.twoFactor)} />
      <SessionList />
      <TokenList />
    </>
  );
}

function PasswordChange() {
  const translator = useT(ACCOUNT);
  const { t } = translator;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [status, setStatus] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await accountApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setStatus(t('web-account.password.changed'));
    } catch (failure) {
      setStatus(describeFailure(failure, translator));
    }
  }
  return (
    <form className="card" aria-labelledby="password-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="password-heading">{t('web-account.password')}</h2>
      <div className="field">
        <label htmlFor="current-password">{t('web-account.password.current')}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t('web-account.password.new')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('web-account.password.change')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}

function TwoFactor({ enabled }: { enabled: boolean }) {
  const translator = useT(ACCOUNT);
  const { t } = translator;
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState('');
  const run = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (failure) {
      setStatus(describeFailure(failure, translator));
    }
  };
  const codeField = (
    <div className="field">
      <label htmlFor="totp-code">{t('web-account.2fa.code')}</label>
      <input
        id="totp-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
    </div>
  );
  return (
    <section className="card" aria-labelledby="twofactor-heading">
      <h2 id="twofactor-heading">{t('web-account.2fa')}</h2>
      {codes.length > 0 && (
        <>
          <p>{t('web-account.2fa.codes')}</p>
          <ul className="list-plain">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {!enabled && codes.length === 0 && !setup && (
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => setSetup(await accountApi.startTwoFactor()))}
        >
          {t('web-account.2fa.set-up')}
        </button>
      )}
      {!enabled && setup && codes.length === 0 && (
        <>
          <p>{t('web-account.2fa.add-key')}</p>
          <p>
            {t('web-account.2fa.key')} <code>{setup.secret}</code>
          </p>
          <p className="hint">
            {t('web-account.2fa.link')} <a href={setup.uri}>{setup.uri}</a>
          </p>
          {codeField}
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(async () => {
                setCodes((await accountApi.confirmTwoFactor(code)).recoveryCodes);
                setCode('');
                setStatus('');
                await refreshMe();
              })
            }
          >
            {t('web-account.2fa.turn-on')}
          </button>
        </>
      )}
      {enabled && codes.length === 0 && (
        <>
          <p>{t('web-account.2fa.on')}</p>
          <div className="field">
            <label htmlFor="twofactor-password">{t('web-account.password')}</label>
            <input
              id="twofactor-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {codeField}
          <button
            type="button"
            className="button button-danger"
            onClick={() =>
              void run(async () => {
                await accountApi.disableTwoFactor(password, code);
                setStatus(t('web-account.2fa.off'));
                await refreshMe();
              })
            }
          >
            {t('web-account.2fa.turn-off')}
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
