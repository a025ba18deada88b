import { Suspense, useEffect, useRef } from 'react';
import { AppHeader } from './components/AppHeader';
import { ConnectionBar } from './components/ConnectionBar';
import { NotFound } from './components/NotFound';
import { useLocation } from './lib/router';
import { TEXT_SCALE, useSettings } from './lib/settings';
import { matchRoute } from './routes/route-table';

/** The shell: skip link, header, the current page, with focus moved to it on every navigation. */
export function App() {
  const { path, query } = useLocation();
  const href = `${path}?${query}`;
  const [settings] = useSettings();
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
    document.title = route?.title ?? 'Not found — Knead';
    // Screen readers announce the new page; skip on first load so the page starts at the top.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [route, href]);

  const Page = route?.page;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader path={path} />
      <ConnectionBar />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>{Page ? <Page /> : <NotFound />}</Suspense>
      </main>
    </>
  );
}
