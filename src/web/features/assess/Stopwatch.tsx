import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';
import { type Draft, measureOngoingMinutes } from './draft';

function formatClock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.floor(totalSeconds % 60);
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A running clock of how long the ongoing spasm has lasted (updates every second, silent to screen readers). */
export function Stopwatch({ draft }: { draft: Draft }) {
  const [now, setNow] = useState(() => Date.now());
  const { t } = useT(ASSESS);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const minutes = measureOngoingMinutes(draft, now);
  const seconds = (draft.earlierMinutes ?? 0) * 60 + Math.max(0, now - (draft.openedAt ?? now)) / 1000;
  return (
    <div className="stopwatch card">
      <span className="stopwatch-label">{t('web-assess.stopwatch.label')}</span>
      <span className="stopwatch-time" aria-hidden="true">
        {formatClock(seconds)}
      </span>
      <span className="visually-hidden">{t('web-assess.stopwatch.minutes', { count: Math.round(minutes) })}</span>
      {minutes > 10 && <p className="stopwatch-warning">{t('web-assess.stopwatch.warning')}</p>}
    </div>
  );
}
