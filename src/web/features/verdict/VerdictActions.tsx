import { useState } from 'react';
import type { Assessment } from '../../../core/assessment';
import { formatHandsOnTime } from '../../../core/plan/plan-step';
import type { Situation } from '../../../core/situation';
import { Link } from '../../lib/router';

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
  const [status, setStatus] = useState('');
  async function logEpisode(): Promise<void> {
    try {
      // Loaded on tap: the journal's schemas (classic zod) would otherwise weigh on every shared verdict link.
      const { buildEpisodeFromSituation, saveEpisode } = await import('../journal/journal-api');
      const result = await saveEpisode(buildEpisodeFromSituation(situation, assessment), true);
      setStatus(
        result === 'sent' ? 'Saved to your journal.' : 'Saved on this device; it will sync when you are online.',
      );
    } catch (error) {
      setStatus(`Could not save: ${(error as Error).message}`);
    }
  }
  return (
    <>
      <div className="button-row">
        {assessment.plan && (
          <Link to={`/session?${query}`} className="button">
            Start guided massage ({formatHandsOnTime(assessment.plan.steps)})
          </Link>
        )}
        {assessment.schedule && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void downloadSchedule(assessment, situation.region)}
          >
            Add reminders to calendar
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void logEpisode()}>
          Save to journal
        </button>
      </div>
      <p role="status">
        {status}
        {status.startsWith('Saved') && (
          <>
            {' '}
            <Link to="/journal">Open the journal</Link>
          </>
        )}
      </p>
    </>
  );
}
