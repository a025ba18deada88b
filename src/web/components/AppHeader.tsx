import { needsSignIn, useMe } from '../features/account/account';
import { useT } from '../lib/i18n';
import { Link } from '../lib/router';

const NAV = [
  { to: '/journal', key: 'journal' },
  { to: '/insights', key: 'insights' },
  { to: '/learn', key: 'learn' },
  { to: '/settings', key: 'settings' },
] as const;

/** Brand link and the main navigation; the sign-in link appears only in accounts mode. */
export function AppHeader({ path }: { path: string }) {
  const me = useMe();
  const { t } = useT();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <svg width="28" height="28" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
          <rect width="512" height="512" rx="96" fill="#0f5e59" />
          <path d="M160 360c0-90 40-150 96-150s96 60 96 150" fill="none" stroke="#fff" strokeWidth="40" />
          <circle cx="256" cy="150" r="44" fill="#fff" />
        </svg>
        Knead
      </Link>
      <nav className="app-nav" aria-label={t('web.nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={path.startsWith(item.to) ? 'page' : undefined}>
                {t(`web.nav.${item.key}`)}
              </Link>
            </li>
          ))}
          {me?.user && (
            <li>
              <Link to="/care-team" aria-current={path.startsWith('/care-team') ? 'page' : undefined}>
                {t('web.nav.care-team')}
              </Link>
            </li>
          )}
          {needsSignIn(me) && (
            <li>
              <Link to="/signin" aria-current={path === '/signin' ? 'page' : undefined}>
                {t('web.nav.signin')}
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}
