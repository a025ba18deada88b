export {
  CHECKIN_FIELDS,
  EPISODE_FIELDS,
  type PackedField,
  packJournal,
  packRecord,
  SESSION_FIELDS,
  unpackJournal,
  unpackRecord,
} from './packed';
export type {
  InsightsCheckIn,
  InsightsEpisode,
  InsightsRange,
  InsightsReader,
  InsightsSession,
  JournalData,
  PackedJournal,
} from './records';
export { quantileSorted, relativeRisk } from './statistics';
export { findJournalAlertFindings, summariseJournal } from './summarise-journal';
export { CHECKIN_FACTORS, findTriggerAssociations } from './triggers';
export * from './types';
