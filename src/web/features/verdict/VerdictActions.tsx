import { useState } from 'react';
import type { Assessment } from '../../../core/assessment';
import { formatHandsOnTime } from '../../../core/plan/plan-step';
import type { Situation } from '../../../core/situation';
import { useT } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useVerdictWords } from '../../lib/verdict-words';

/** Download the repeat schedule as an .ics file (the interop module is loaded only when asked). */
async function downloadSchedule(assessment: Assessment, region: Situation['region']): Promise<void> {
  if (!assessment.schedule) return;
  const { buildScheduleIcs } = await import('../../../core/interop/ics');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const ics = buildScheduleIcs(assessment.schedule, { start: new Date(), timeZone, region });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'knead-schedule.ics';
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Start the session, add reminders to a calendar, or just log the episode. */
export function VerdictActions({
  situation,
  assessment,
  query,
}: {
  situation: Situation;
  assessment: Assessment;
  query: string;
}) {
  const [status, setStatus] = useState<'' | 'sent' | 'queued' | 'error'>('');
  const [error, setError] = useState('');
  const { t } = useT();
  const words = useVerdictWords();
  async function logEpisode(): Promise<void> {
    try {
      // Loaded on tap: the journal's schemas (classic zod) would otherwise weigh on every shared verdict link.
      const { buildEpisodeFromSituation, saveEpisode } = await import('../journal/journal-api');
      const result = await saveEpisode(buildEpisodeFromSituation(situation, assessment), true);
      setStatus(result === 'sent' ? 'sent' : 'queued');
    } catch (failure) {
      setError((failure as Error).message);
      setStatus('error');
    }
  }
  return (
    <>
      <div className="button-row">
        {assessment.plan && (
          <Link to={`/session?${query}`} className="button">
            {t('web.verdict.start-session', { time: formatHandsOnTime(assessment.plan.steps, words) })}
          </Link>
        )}
        {assessment.schedule && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void downloadSchedule(assessment, situation.region)}
          >
            {t('web.verdict.reminders')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void logEpisode()}>
          {t('web.save-journal')}
        </button>
      </div>
      <p role="status">
        {status === 'sent' && t('web.saved.sent')}
        {status === 'queued' && t('web.saved.queued')}
        {status === 'error' && t('web.saved.error', { error })}
        {(status === 'sent' || status === 'queued') && (
          <>
            {' '}
            <Link to="/journal">{t('web.open-journal')}</Link>
          </>
        )}
      </p>
    </>
  );
}
