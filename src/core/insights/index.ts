export {
  buildInsightsDays,
  type InsightsDay,
  packInsightsDay,
  quantileOfCounts,
  unpackInsightsDay,
} from './days';
export {
  CHECKIN_FIELDS,
  EPISODE_FIELDS,
  type PackedField,
  packJournal,
  packRecord,
  SESSION_FIELDS,
  unpackEpisodes,
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
export {
  type DaysJournal,
  findDaysAlertFindings,
  findJournalAlertFindings,
  summariseDays,
  summariseJournal,
  toDaysJournal,
} from './summarise-journal';
export { CHECKIN_FACTORS, findTriggerAssociations } from './triggers';
export * from './types';
