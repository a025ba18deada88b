import { type FormEvent, useState } from 'react';
import { refreshMe, signOut, useMe } from '../features/account/account';
import { ApiError, requestApi } from '../lib/api-client';
import { Link, navigate, useLocation } from '../lib/router';

/** Sign in / create an account — only meaningful in accounts mode (the server says so via GET /me). */
export default function SignInPage() {
  const { path } = useLocation();
  const me = useMe();
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
        <h1>No account needed</h1>
        <p>Knead runs in single-user mode on this machine: your journal is stored locally, with no sign-in.</p>
        <Link to="/" className="button">
          Go to the start
        </Link>
      </>
    );
  }
  if (me?.user) {
    return (
      <>
        <h1>Signed in</h1>
        <p>You are signed in as {me.user.email}.</p>
        <p>
          <Link to="/account">Account security</Link>: password, two-step sign-in, devices and API tokens.
        </p>
        <button type="button" className="button button-secondary" onClick={() => void signOut().catch(() => undefined)}>
          Sign out
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
        setError('Enter the 6-digit code from your authenticator app (or a recovery code).');
        return;
      }
      setError(
        problem?.fields.map((field) => `${field.path}: ${field.message}`).join('; ') ||
          problem?.message ||
          'Something went wrong.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{isSignUp ? 'Create an account' : 'Sign in'}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="email">Email</label>
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
          <label htmlFor="password">Password</label>
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
              At least 10 characters, and not a common password: a short phrase works well.
            </span>
          )}
        </div>
        {needsCode && (
          <div className="field">
            <label htmlFor="code">Code from your authenticator app</label>
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
          {isSignUp ? 'Create account' : 'Sign in'}
        </button>
      </form>
      <p>
        {isSignUp ? <Link to="/signin">I already have an account</Link> : <Link to="/signup">Create an account</Link>}
      </p>
    </>
  );
}
