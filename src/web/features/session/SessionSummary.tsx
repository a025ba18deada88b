import { useState } from 'react';
import type { Assessment } from '../../../core/assessment';
import { buildSessionRecords } from '../../../core/plan/session-records';
import type { Situation } from '../../../core/situation';
import { PainScale } from '../../components/PainScale';
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
      <Heading id="summary-heading">{state.status === 'finished' ? 'Session complete' : 'Session ended'}</Heading>
      <PainScale
        legend="How strong is the pain now?"
        name="pain-after"
        value={state.painAfter ?? undefined}
        onChange={(value) => controls.ratePain('after', value)}
      />
      {!saved && (
        <button type="button" className="button" onClick={() => void save()} disabled={status === 'saving'}>
          Save to journal
        </button>
      )}
      <p role="status">
        {status === 'sent' && 'Saved to your journal.'}
        {status === 'queued' && 'Saved on this device; it will sync when you are online.'}
        {status === 'error' && <span className="error-text">Could not save: {error}</span>}
      </p>
      {saved && (
        <div className="button-row">
          <Link to="/journal" className="button">
            Open the journal
          </Link>
          <Link to="/insights" className="button button-secondary">
            See insights
          </Link>
        </div>
      )}
    </section>
  );
}
