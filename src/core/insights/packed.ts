import { buildInsightsDays, type InsightsDay, packInsightsDay, unpackInsightsDay } from './days';
import type { InsightsCheckIn, InsightsEpisode, InsightsSession, JournalData, PackedJournal } from './records';
import type { DaysJournal } from './summarise-journal';

/** How a packed field is written: text as is, a number in its shortest exact form, `true`/`false`, a `,` list. */
export type PackedKind = 'text' | 'number' | 'boolean' | 'list';

/** One field of a packed record: its key in the record and how it is written. Empty text = missing. */
export interface PackedField {
  key: string;
  kind: PackedKind;
}

const field = (key: string, kind: PackedKind): PackedField => ({ key, kind });

/** The analysed fields of an episode, in packed order (a store writes them in SQL in this order). */
export const EPISODE_FIELDS: readonly PackedField[] = [
  field('startedAt', 'text'),
  field('region', 'text'),
  field('durationMinutes', 'number'),
  field('intensity', 'number'),
  field('context', 'list'),
  field('actions', 'list'),
  field('painBefore', 'number'),
  field('painAfter', 'number'),
  field('response', 'text'),
];

/** The analysed fields of a check-in, in packed order. */
export const CHECKIN_FIELDS: readonly PackedField[] = [
  field('date', 'text'),
  field('fluidsLitres', 'number'),
  field('exerciseMinutes', 'number'),
  field('exerciseIntensity', 'text'),
  field('sleepHours', 'number'),
  field('stress', 'number'),
  field('heatExposure', 'boolean'),
  field('coldExposure', 'boolean'),
  field('alcoholUnits', 'number'),
];

/** The analysed fields of a guided session, in packed order. */
export const SESSION_FIELDS: readonly PackedField[] = [
  field('startedAt', 'text'),
  field('massage', 'text'),
  field('painBefore', 'number'),
  field('painAfter', 'number'),
  field('stopReason', 'text'),
];

/**
 * One record as a packed line: its fields in `fields` order separated by `;`, lists joined by `,`, a missing value
 * empty (the memory store and tests; a SQL store writes the same text in the database).
 * @example packRecord({ startedAt: '2026-01-01T10:00:00Z', massage: 'gentle', painBefore: 6 }, SESSION_FIELDS) // '2026-01-01T10:00:00Z;gentle;6;;'
 */
export function packRecord(record: object, fields: readonly PackedField[]): string {
  const values = record as Record<string, unknown>;
  return fields
    .map(({ key, kind }) => {
      const value = values[key];
      if (value === undefined || value === null) return '';
      return kind === 'list' ? (value as readonly string[]).join(',') : String(value);
    })
    .join(';');
}

/** Records as pages of packed lines, each page's lines joined by `\n` (no empty page). */
export function packPages(records: readonly object[], fields: readonly PackedField[], pageRows = 5_000): string[] {
  const pages: string[] = [];
  for (let i = 0; i < records.length; i += pageRows) {
    pages.push(
      records
        .slice(i, i + pageRows)
        .map((r) => packRecord(r, fields))
        .join('\n'),
    );
  }
  return pages;
}

/** One packed line back into its record; a missing value is left out, as the stores leave it out. */
export function unpackRecord<T>(line: string, fields: readonly PackedField[]): T {
  const values = line.split(';');
  if (values.length !== fields.length) {
    throw new Error(`a packed record has ${fields.length} fields, this one ${values.length}`);
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const { key, kind } = fields[i] as PackedField;
    const value = values[i] as string;
    if (kind === 'list') out[key] = value === '' ? [] : value.split(',');
    else if (value === '') continue;
    else if (kind === 'number') out[key] = Number(value);
    else if (kind === 'boolean') out[key] = value === 'true';
    else out[key] = value;
  }
  return out as T;
}

function unpackPages<T>(pages: readonly string[], fields: readonly PackedField[]): T[] {
  const out: T[] = [];
  for (const page of pages) for (const line of page.split('\n')) out.push(unpackRecord<T>(line, fields));
  return out;
}

/**
 * The journal as `PackedJournal` pages: its episodes as days (the memory store; tests).
 * @example packJournal({ episodes: [], checkins: [], sessions: [] }).dayPages // []
 */
export function packJournal(journal: JournalData, pageRows = 5_000): PackedJournal {
  const days = buildInsightsDays(journal.episodes).map(packInsightsDay);
  const dayPages: string[] = [];
  for (let i = 0; i < days.length; i += pageRows) dayPages.push(days.slice(i, i + pageRows).join('\n'));
  return {
    dayPages,
    checkinPages: packPages(journal.checkins, CHECKIN_FIELDS, pageRows),
    sessionPages: packPages(journal.sessions, SESSION_FIELDS, pageRows),
  };
}

/** Pages of packed episode lines (`EPISODE_FIELDS`) back into episodes. */
export function unpackEpisodes(pages: readonly string[]): InsightsEpisode[] {
  return unpackPages<InsightsEpisode>(pages, EPISODE_FIELDS);
}

/**
 * The journal `summariseDays` reads, from its packed form.
 * @example unpackJournal({ dayPages: [], checkinPages: [], sessionPages: [] }).days // []
 */
export function unpackJournal(packed: PackedJournal): DaysJournal {
  const days: InsightsDay[] = [];
  for (const page of packed.dayPages) for (const line of page.split('\n')) days.push(unpackInsightsDay(line));
  return {
    days,
    checkins: unpackPages<InsightsCheckIn>(packed.checkinPages, CHECKIN_FIELDS),
    sessions: unpackPages<InsightsSession>(packed.sessionPages, SESSION_FIELDS),
  };
}
