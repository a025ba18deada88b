import type { CheckIn, Episode, EpisodeInput, SessionRecord } from '../../../core/journal';
import { requestApi } from '../../lib/api-client';
import { sendWrite } from '../../lib/outbox';

export type EpisodeRecord = Episode & { createdAt: string; updatedAt: string };
export type CheckInRecord = CheckIn & { createdAt: string; updatedAt: string };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Newest first; `from`/`to` are ISO instants. */
export function listEpisodes(query: { from?: string; to?: string; limit?: number; cursor?: string } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const suffix = params.size > 0 ? `?${params}` : '';
  return requestApi<Page<EpisodeRecord>>('GET', `/episodes${suffix}`);
}

export function getEpisode(id: string) {
  return requestApi<EpisodeRecord>('GET', `/episodes/${encodeURIComponent(id)}`);
}

/** Create or update (by client id); queues while offline. */
export function saveEpisode(episode: EpisodeInput, isNew: boolean) {
  return isNew
    ? sendWrite({ method: 'POST', path: '/episodes', body: episode })
    : sendWrite({ method: 'PUT', path: `/episodes/${encodeURIComponent(episode.id)}`, body: episode });
}

export function deleteEpisode(id: string) {
  return sendWrite({ method: 'DELETE', path: `/episodes/${encodeURIComponent(id)}` });
}

export function saveCheckIn(checkIn: CheckIn) {
  return sendWrite({ method: 'POST', path: '/checkins', body: checkIn });
}

export function listCheckIns(query: { from?: string; to?: string } = {}) {
  const params = new URLSearchParams(query as Record<string, string>);
  return requestApi<Page<CheckInRecord>>('GET', `/checkins${params.size > 0 ? `?${params}` : ''}`);
}

export function saveSession(session: SessionRecord) {
  return sendWrite({ method: 'POST', path: '/sessions', body: session });
}

export { buildEpisodeFromSituation } from '../../../core/plan/session-records';
