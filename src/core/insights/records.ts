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

/**
 * A journal as the insights analysis reads it, packed as text (packed.ts, days.ts): the episodes as one line per
 * local day (`InsightsDay`, packInsightsDay), the check-ins and sessions as one line per record in `listAll` order
 * (the analysed fields separated by `;`, lists joined by `,`, a missing value empty); lines joined by `\n` into
 * pages. A SQL store keeps the days' lines on write and builds the records' pages in the database (one text value
 * per page instead of a row per record, which is what the drivers are slow at), and the pages cross to a worker
 * thread as strings. None of the fields can hold `;`, `,`, `:` or a newline: they are ISO instants and days,
 * numbers, booleans and vocabulary ids.
 */
export interface PackedJournal {
  /** Pages of packed days, oldest first, none empty. */
  dayPages: readonly string[];
  /** Pages of packed lines (`CHECKIN_FIELDS`, `SESSION_FIELDS`), in order, none empty. */
  checkinPages: readonly string[];
  sessionPages: readonly string[];
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
  /** The range's episodes as days and its other records, packed as text (`PackedJournal`): what the analysis reads. */
  readPacked(userId: string, range: InsightsRange): Promise<PackedJournal>;
}
