import type { Situation } from '../../../core/situation';
import { API_BASE } from '../../lib/api-client';

/**
 * The .ics URL for a situation's self-care schedule, in the browser's time zone.
 * @example buildScheduleIcsUrl({ region: 'calf' }, 'Europe/London')
 */
export function buildScheduleIcsUrl(situation: Situation, timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const query = new URLSearchParams({ situation: JSON.stringify(situation), timeZone: zone });
  return `${API_BASE}/schedule.ics?${query.toString()}`;
}

/** "Add reminders to my calendar": for the verdict and session pages (only when the verdict has a schedule). */
export function ScheduleDownloadLink({
  situation,
  label = 'Add reminders to my calendar (.ics)',
}: {
  situation: Situation;
  label?: string;
}) {
  return (
    <a className="button button-secondary" href={buildScheduleIcsUrl(situation)} download="knead-reminders.ics">
      {label}
    </a>
  );
}
