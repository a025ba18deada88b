import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startOutboxSync } from './lib/outbox';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/home-assess.css';
import './styles/verdict.css';
import './styles/session.css';
import './styles/journal-insights.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

startOutboxSync();

// Only the production build has a service worker; the dev server would serve stale modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
