export type {
  InsightsCheckIn,
  InsightsEpisode,
  InsightsRange,
  InsightsReader,
  InsightsSession,
  JournalData,
} from './records';
export { quantileSorted, relativeRisk } from './statistics';
export { findJournalAlertFindings, summariseJournal } from './summarise-journal';
export { CHECKIN_FACTORS, findTriggerAssociations } from './triggers';
export * from './types';
