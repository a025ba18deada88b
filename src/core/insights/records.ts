import type { CheckIn, Episode, SessionRecord } from '../journal';

/** The fields of an episode the analysis reads: a store can fetch just these (no notes, history or assessment). */
export type InsightsEpisode = Pick<
  Episode,
  | 'startedAt'
  | 'region'
  | 'durationMinutes'
  | 'intensity'
  | 'context'
  | 'actions'
  | 'painBefore'
  | 'painAfter'
  | 'response'
>;

/** The fields of a guided session the analysis reads (no plan). */
export type InsightsSession = Pick<SessionRecord, 'startedAt' | 'massage' | 'painBefore' | 'painAfter' | 'stopReason'>;

/** The fields of a check-in the analysis reads. */
export type InsightsCheckIn = Omit<CheckIn, 'id' | 'notes'>;

/** What `summariseJournal` reads; full journal records fit it as they are. */
export interface JournalData {
  episodes: readonly InsightsEpisode[];
  checkins: readonly InsightsCheckIn[];
  sessions: readonly InsightsSession[];
}

/** Inclusive local days; missing bounds default to the journal's first and last recorded day. */
export interface InsightsRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Reads the part of a user's journal that insights for a range need: every record whose local day is in the
 * range (the whole journal for a missing bound), oldest first, in the order `listAll` gives.
 */
export interface InsightsReader {
  read(userId: string, range: InsightsRange): Promise<JournalData>;
}
