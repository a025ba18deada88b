import { type FormEvent, useState } from 'react';
import { refreshMe, signOut, useMe } from '../features/account/account';
import { ApiError, requestApi } from '../lib/api-client';
import { useT } from '../lib/i18n';
import { ACCOUNT } from '../lib/namespaces/account';
import { Link, navigate, useLocation } from '../lib/router';

/** Sign in / create an account — only meaningful in accounts mode (the server says so via GET /me). */
export default function SignInPage() {
  const { path } = useLocation();
  const me = useMe();
  const { t } = useT(ACCOUNT);
  const isSignUp = path === '/signup';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (me && me.mode !== 'server') {
    return (
      <>
        <h1>{t('web-account.local.heading')}</h1>
        <p>{t('web-account.local.what')}</p>
        <Link to="/" className="button">
          {t('web.not-found.start')}
        </Link>
      </>
    );
  }
  if (me?.user) {
    return (
      <>
        <h1>{t('web-account.signed-in')}</h1>
        <p>{t('web-account.signed-in.as', { email: me.user.email })}</p>
        <p>
          <Link to="/account">{t('web-account.heading')}</Link>
          {t('web-account.signed-in.what')}
        </p>
        <button type="button" className="button button-secondary" onClick={() => void signOut().catch(() => undefined)}>
          {t('web-account.sign-out')}
        </button>
      </>
    );
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      // Sign-up answers the same whether or not the email is taken; signing in next tells only the true owner.
      if (isSignUp) await requestApi('POST', '/auth/signup', { email, password });
      await requestApi('POST', '/auth/signin', { email, password, ...(needsCode && code ? { code } : {}) });
      await refreshMe();
      navigate('/journal');
    } catch (failure) {
      const problem = failure instanceof ApiError ? failure : null;
      if (problem?.code === 'two-factor-required') {
        setNeedsCode(true);
        setError(t('web-account.signin.code-needed'));
        return;
      }
      setError(
        problem?.fields.map((field) => `${field.path}: ${field.message}`).join('; ') ||
          problem?.message ||
          t('web-account.failure'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{isSignUp ? t('web-account.signup') : t('web-account.signin')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="email">{t('web-account.signin.email')}</label>
          <input
            id="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('web-account.password')}</label>
          <input
            id="password"
            type="password"
            autoComplete={isSignUp ? 'new-password' : 'current-password'}
            required
            minLength={isSignUp ? 10 : undefined}
            aria-describedby={isSignUp ? 'password-hint' : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {isSignUp && (
            <span className="hint" id="password-hint">
              {t('web-account.signup.password-hint')}
            </span>
          )}
        </div>
        {needsCode && (
          <div className="field">
            <label htmlFor="code">{t('web-account.signin.code')}</label>
            <input
              id="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </div>
        )}
        <p role="alert" className="error-text">
          {error}
        </p>
        <button type="submit" className="button" disabled={busy}>
          {isSignUp ? t('web-account.signup.submit') : t('web-account.signin')}
        </button>
      </form>
      <p>
        {isSignUp ? (
          <Link to="/signin">{t('web-account.signup.have-account')}</Link>
        ) : (
          <Link to="/signup">{t('web-account.signup')}</Link>
        )}
      </p>
    </>
  );
}
