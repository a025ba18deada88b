export { quantileSorted, relativeRisk } from './statistics';
export { type InsightsRange, type JournalData, summariseJournal } from './summarise-journal';
export { CHECKIN_FACTORS, findTriggerAssociations } from './triggers';
export * from './types';
