import { Suspense, useEffect, useRef } from 'react';
import { AppHeader } from './components/AppHeader';
import { ConnectionBar } from './components/ConnectionBar';
import { NotFound } from './components/NotFound';
import { useT } from './lib/i18n';
import { useLocation } from './lib/router';
import { TEXT_SCALE, useSettings } from './lib/settings';
import { matchRoute } from './routes/route-table';

/** The shell: skip link, header, the current page, with focus moved to it on every navigation. */
export function App() {
  const { path, query } = useLocation();
  const href = `${path}?${query}`;
  const [settings] = useSettings();
  const { t } = useT();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const route = matchRoute(path);

  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings.theme]);

  useEffect(() => {
    document.documentElement.style.fontSize = TEXT_SCALE[settings.textSize];
  }, [settings.textSize]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: href is the trigger — every navigation (even a new step) moves focus.
  useEffect(() => {
    document.title = t(route ? `web.title.${route.titleKey}` : 'web.title.not-found');
    // Screen readers announce the new page; skip on first load so the page starts at the top.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [route, href, t]);

  const Page = route?.page;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('web.shell.skip')}
      </a>
      <AppHeader path={path} />
      <ConnectionBar />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">{t('web.shell.loading')}</p>}>
          {Page ? <Page /> : <NotFound />}
        </Suspense>
      </main>
    </>
  );
}
