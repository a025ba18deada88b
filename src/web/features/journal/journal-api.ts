import type { Assessment } from '../../../core/assessment';
import type { CheckIn, Episode, EpisodeInput, SessionRecord } from '../../../core/journal';
import type { Situation } from '../../../core/situation';
import { requestApi } from '../../lib/api-client';
import { sendWrite } from '../../lib/outbox';
import { generateUuid7 } from '../../lib/uuid7';

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

/** An episode from an assessed situation (what the quick log and a finished session save). */
export function buildEpisodeFromSituation(
  situation: Situation,
  assessment: Assessment | null,
  extra: Partial<EpisodeInput> = {},
): EpisodeInput {
  const startedAt = new Date(Date.now() - (situation.durationMinutes ?? 0) * 60_000).toISOString();
  const episode: EpisodeInput = {
    id: generateUuid7(),
    startedAt,
    region: situation.region,
    context: situation.context ?? [],
    signs: situation.signs ?? [],
    actions: [],
    assessment,
    ...extra,
  };
  if (situation.side) episode.side = situation.side;
  if (situation.durationMinutes !== undefined) episode.durationMinutes = situation.durationMinutes;
  if (situation.intensity !== undefined) episode.intensity = situation.intensity;
  if (situation.history) episode.history = situation.history;
  return episode;
}
