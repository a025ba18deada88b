import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleRoot, prepareLocale } from './lib/i18n';
import { startOutboxSync } from './lib/outbox';
import { loadHomePage } from './routes/route-table';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/home-assess.css';
import './styles/verdict.css';
import './styles/session.css';
import './styles/journal-insights.css';

const root = document.getElementById('root');
// Home is its own chunk: on `/` fetch it now, beside the locale's messages, not after the first render.
if (window.location.pathname === '/') void loadHomePage();
// The locale's messages first (immediate for en-GB, bundled), so the first paint is already in the right language.
void prepareLocale().then((locale) => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <LocaleRoot initial={locale}>
        <App />
      </LocaleRoot>
    </StrictMode>,
  );
});

startOutboxSync();

// Only the production build has a service worker; the dev server would serve stale modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
