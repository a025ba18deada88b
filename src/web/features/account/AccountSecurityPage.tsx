import { type FormEvent, useState } from 'react';
import { Link } from '../../lib/router';
import { refreshMe, useMe } from './account';
import { accountApi, describeFailure } from './account-security-api';
import { SessionList, TokenList } from './DeviceLists';

/** Account security (accounts mode): password change, two-step sign-in, signed-in devices and API tokens. */
export default function AccountSecurityPage() {
  const me = useMe();
  if (!me?.user) {
    return (
      <>
        <h1>Account security</h1>
        <p>
          <Link to="/signin">Sign in</Link> to change your password, turn on two-step sign-in or see your devices.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Account security</h1>
      <PasswordChange />
      <TwoFactor enabled={Boolean(me.user.twoFactor)} />
      <SessionList />
      <TokenList />
    </>
  );
}

function PasswordChange() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [status, setStatus] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await accountApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setStatus('Password changed. Your other devices are signed out.');
    } catch (failure) {
      setStatus(describeFailure(failure));
    }
  }
  return (
    <form className="card" aria-labelledby="password-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="password-heading">Password</h2>
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Change password
      </button>
      <p role="status">{status}</p>
    </form>
  );
}

function TwoFactor({ enabled }: { enabled: boolean }) {
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState('');
  const run = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (failure) {
      setStatus(describeFailure(failure));
    }
  };
  const codeField = (
    <div className="field">
      <label htmlFor="totp-code">Code from the app</label>
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
      <h2 id="twofactor-heading">Two-step sign-in</h2>
      {codes.length > 0 && (
        <>
          <p>On. Keep these recovery codes somewhere safe; each works once if you lose your phone:</p>
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
          Set up two-step sign-in
        </button>
      )}
      {!enabled && setup && codes.length === 0 && (
        <>
          <p>Add this key to your authenticator app, then enter the code it shows.</p>
          <p>
            Key: <code>{setup.secret}</code>
          </p>
          <p className="hint">
            Or open the link on the phone: <a href={setup.uri}>{setup.uri}</a>
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
            Turn on
          </button>
        </>
      )}
      {enabled && codes.length === 0 && (
        <>
          <p>On: signing in asks for a code from your app.</p>
          <div className="field">
            <label htmlFor="twofactor-password">Password</label>
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
                setStatus('Two-step sign-in is off.');
                await refreshMe();
              })
            }
          >
            Turn off
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
