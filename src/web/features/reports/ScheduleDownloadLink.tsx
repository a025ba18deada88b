import type { Situation } from '../../../core/situation';
import { API_BASE } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { REPORTS } from '../../lib/namespaces/reports';

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
export function ScheduleDownloadLink({ situation, label }: { situation: Situation; label?: string }) {
  const { t } = useT(REPORTS);
  return (
    <a className="button button-secondary" href={buildScheduleIcsUrl(situation)} download="knead-reminders.ics">
      {label ?? t('web-reports.reminders')}
    </a>
  );
}
