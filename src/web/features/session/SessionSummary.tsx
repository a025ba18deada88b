import { useState } from 'react';
import type { Assessment } from '../../../core/assessment';
import { buildSessionRecords } from '../../../core/plan/session-records';
import type { Situation } from '../../../core/situation';
import { PainScale } from '../../components/PainScale';
import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';
import { Link } from '../../lib/router';
import { saveEpisode, saveSession } from '../journal/journal-api';
import type { SessionControls } from './use-session-player';

interface SessionSummaryProps {
  controls: SessionControls;
  situation: Situation;
  assessment: Assessment;
  /** The page's main heading unless the worse-advice banner is above it. */
  isMain?: boolean;
  /** The therapist's plan this session ran: saved with the session so it counts toward adherence. */
  assignedPlanId?: string;
}

/** After the session: pain now, then one button saves the episode and the session to the journal. */
export function SessionSummary({
  controls,
  situation,
  assessment,
  isMain = false,
  assignedPlanId,
}: SessionSummaryProps) {
  const Heading = isMain ? 'h1' : 'h2';
  const { state } = controls;
  const { t } = useT(SESSION);
  const [status, setStatus] = useState<'idle' | 'saving' | 'sent' | 'queued' | 'error'>('idle');
  const [error, setError] = useState('');
  async function save(): Promise<void> {
    setStatus('saving');
    const { episode, session } = buildSessionRecords(
      state,
      situation,
      assessment,
      controls.startedAt ?? new Date(),
      new Date(),
    );
    if (assignedPlanId) session.assignedPlanId = assignedPlanId;
    try {
      const first = await saveEpisode(episode, true);
      const second = await saveSession(session);
      setStatus(first === 'sent' && second === 'sent' ? 'sent' : 'queued');
    } catch (failure) {
      setError((failure as Error).message);
      setStatus('error');
    }
  }
  const saved = status === 'sent' || status === 'queued';
  return (
    <section aria-labelledby="summary-heading" className="card">
      <Heading id="summary-heading">
        {t(state.status === 'finished' ? 'web-session.summary.complete' : 'web-session.summary.ended')}
      </Heading>
      <PainScale
        legend={t('web-session.summary.pain-now')}
        name="pain-after"
        value={state.painAfter ?? undefined}
        onChange={(value) => controls.ratePain('after', value)}
      />
      {!saved && (
        <button type="button" className="button" onClick={() => void save()} disabled={status === 'saving'}>
          {t('web.save-journal')}
        </button>
      )}
      <p role="status">
        {status === 'sent' && t('web.saved.sent')}
        {status === 'queued' && t('web.saved.queued')}
        {status === 'error' && <span className="error-text">{t('web.saved.error', { error })}</span>}
      </p>
      {saved && (
        <div className="button-row">
          <Link to="/journal" className="button">
            {t('web.open-journal')}
          </Link>
          <Link to="/insights" className="button button-secondary">
            {t('web-session.summary.insights')}
          </Link>
        </div>
      )}
    </section>
  );
}
