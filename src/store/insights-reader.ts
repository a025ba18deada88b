import type {
  InsightsCheckIn,
  InsightsEpisode,
  InsightsRange,
  InsightsReader,
  InsightsSession,
  PackedJournal,
} from '../core/insights/index';
import { packEpisodes, unpackJournal } from '../core/insights/index';
import type { JournalRepository } from '../core/journal-repository';

/** A raw query answering rows as arrays (no drizzle mapping): the cheap form for reading many rows. */
export type RawQuery = (text: string, params: unknown[]) => Promise<unknown[][]>;

/** Rows per page: each page is one short query, and the event loop runs other requests between pages. */
export const INSIGHTS_PAGE_ROWS = 5_000;

const DAY_MS = 86_400_000;
const FIRST_DAY = '0001-01-01'; // the earliest day the store accepts
const LAST_DAY = '9999-12-31';

/** An offset is under a day either way, so a local day D lies within the instants [D − 1 day, D + 2 days). */
function instantWindow(range: InsightsRange): { lower: string; upper: string } {
  return {
    lower: range.from ? new Date(Date.parse(`${range.from}T00:00:00Z`) - DAY_MS).toISOString() : '-infinity',
    upper: range.to ? new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * DAY_MS).toISOString() : 'infinity',
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Copies the non-null values of `row` (after its first `skip` key columns) to the named keys. */
function present<T>(row: unknown[], keys: readonly string[], skip: number): T {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const value = row[i + skip];
    if (value !== null && value !== undefined) out[keys[i] as string] = value;
  }
  return out as T;
}

interface PagedTable {
  /** Columns after the two keyset columns (time, id). */
  columns: string;
  keys: readonly string[];
  from: string;
  /** The time column compared with the keyset: $2/$3 bound it, the index (user_id, time, id) serves it (0008). */
  time: string;
  /** Extra filter on the local day, with $4 and $5. */
  dayFilter: string;
  /** How the keyset's time is selected (a date as text: no time-zone round trip in the driver). */
  timeSelect: string;
}

const EPISODES: PagedTable = {
  columns: 'started_at_text, region, duration_minutes, intensity, context, actions, pain_before, pain_after, response',
  keys: [
    'startedAt',
    'region',
    'durationMinutes',
    'intensity',
    'context',
    'actions',
    'painBefore',
    'painAfter',
    'response',
  ],
  from: 'episodes',
  time: 'started_at',
  dayFilter: 'left(started_at_text, 10) collate "C" between $4 and $5',
  timeSelect: 'started_at',
};

const SESSIONS: PagedTable = {
  columns: 'started_at_text, massage, pain_before, pain_after, stop_reason',
  keys: ['startedAt', 'massage', 'painBefore', 'painAfter', 'stopReason'],
  from: 'massage_sessions',
  time: 'started_at',
  dayFilter: 'left(started_at_text, 10) collate "C" between $4 and $5',
  timeSelect: 'started_at',
};

const CHECKINS: PagedTable = {
  columns:
    'date::text, fluids_litres, exercise_minutes, exercise_intensity, sleep_hours, stress, heat_exposure, cold_exposure, alcohol_units',
  keys: [
    'date',
    'fluidsLitres',
    'exerciseMinutes',
    'exerciseIntensity',
    'sleepHours',
    'stress',
    'heatExposure',
    'coldExposure',
    'alcoholUnits',
  ],
  from: 'checkins',
  time: 'date',
  dayFilter: 'date between $4::date and $5::date',
  timeSelect: 'date::text',
};

/**
 * Every row of one table for the user in the range, oldest first by (time, id) as `listAll` orders them, read a
 * page at a time by keyset (never OFFSET) with a yield to the event loop between pages.
 */
async function readPaged<T>(
  query: RawQuery,
  table: PagedTable,
  userId: string,
  bounds: { lower: string; upper: string; from: string; to: string },
  pageRows: number,
): Promise<T[]> {
  const select = `select ${table.timeSelect}, id, ${table.columns} from ${table.from}
    where user_id = $1 and ${table.time} >= $2 and ${table.time} < $3 and ${table.dayFilter}`;
  const first = `${select} order by ${table.time}, id limit $6`;
  const next = `${select} and (${table.time}, id) > ($7, $8::uuid) order by ${table.time}, id limit $6`;
  const out: T[] = [];
  let cursor: [unknown, unknown] | null = null;
  for (;;) {
    const params = [userId, bounds.lower, bounds.upper, bounds.from, bounds.to, pageRows];
    const rows: unknown[][] = cursor ? await query(next, [...params, ...cursor]) : await query(first, params);
    for (const row of rows) out.push(present<T>(row, table.keys, 2));
    const last = rows.at(-1);
    if (!last || rows.length < pageRows) return out;
    cursor = [last[0], last[1]];
    await yieldToEventLoop();
  }
}

/**
 * One episode as a packed line (`PackedJournal`), built by the database: the same text `packEpisode` writes. A
 * double is written in its shortest exact form (PostgreSQL 12 and later, extra_float_digits ≥ 1, the default), so
 * `Number()` gives back the same value.
 */
const PACKED_EPISODE = `started_at_text || ';' || region || ';' || coalesce(duration_minutes::text, '') || ';'
  || coalesce(intensity::text, '') || ';' || array_to_string(context, ',') || ';' || array_to_string(actions, ',')
  || ';' || coalesce(pain_before::text, '') || ';' || coalesce(pain_after::text, '') || ';' || coalesce(response, '')`;

/**
 * The user's episodes in the range as pages of packed lines, oldest first by (started_at, id) as `listAll` orders
 * them: one query per page (keyset, never OFFSET) answering ONE row — the page's lines as one text and its last
 * key — so the driver decodes one value per page instead of nine per episode. Yields between pages.
 */
async function readPackedEpisodes(
  query: RawQuery,
  userId: string,
  bounds: { lower: string; upper: string; from: string; to: string },
  pageRows: number,
): Promise<string[]> {
  const page = (keyset: string) => `select string_agg(line, e'\\n' order by t, id), count(*)::int,
      (array_agg(t::text order by t desc, id desc))[1], (array_agg(id::text order by t desc, id desc))[1]
    from (select started_at as t, id, ${PACKED_EPISODE} as line from episodes
      where user_id = $1 and started_at >= $2 and started_at < $3
        and left(started_at_text, 10) collate "C" between $4 and $5${keyset}
      order by started_at, id limit $6) as page`;
  const first = page('');
  const next = page(' and (started_at, id) > ($7::timestamptz, $8::uuid)');
  const pages: string[] = [];
  let cursor: [unknown, unknown] | null = null;
  for (;;) {
    const params = [userId, bounds.lower, bounds.upper, bounds.from, bounds.to, pageRows];
    const [row] = cursor ? await query(next, [...params, ...cursor]) : await query(first, params);
    const [lines, count, lastTime, lastId] = (row ?? [null, 0, null, null]) as [string | null, number, string, string];
    if (lines !== null && Number(count) > 0) pages.push(lines);
    if (Number(count) < pageRows) return pages;
    cursor = [lastTime, lastId];
    await yieldToEventLoop();
  }
}

/**
 * Insights over SQL: the range is pushed into the WHERE clause (served by the (user_id, time) indexes), only the
 * analysed columns are read, page by page: episodes packed as text by the database (one value a page), check-ins
 * and sessions as arrays. Every query filters by user_id.
 */
export function createInsightsReader(query: RawQuery, pageRows: number = INSIGHTS_PAGE_ROWS): InsightsReader {
  async function readPacked(userId: string, range: InsightsRange): Promise<PackedJournal> {
    const bounds = { ...instantWindow(range), from: range.from ?? FIRST_DAY, to: range.to ?? LAST_DAY };
    const episodePages = await readPackedEpisodes(query, userId, bounds, pageRows);
    const checkins = await readPaged<InsightsCheckIn>(query, CHECKINS, userId, bounds, pageRows);
    const sessions = await readPaged<InsightsSession>(query, SESSIONS, userId, bounds, pageRows);
    return { episodePages, checkins, sessions };
  }
  return {
    readPacked,
    read: async (userId, range) => unpackJournal(await readPacked(userId, range)),
  };
}

/** The episodes as `read` once gave them: one array row per episode (kept to measure against; see bench). */
export async function readEpisodeRows(
  query: RawQuery,
  userId: string,
  range: InsightsRange,
  pageRows: number = INSIGHTS_PAGE_ROWS,
): Promise<InsightsEpisode[]> {
  const bounds = { ...instantWindow(range), from: range.from ?? FIRST_DAY, to: range.to ?? LAST_DAY };
  return readPaged<InsightsEpisode>(query, EPISODES, userId, bounds, pageRows);
}

/** The reader over any journal repository (the memory store): every record, filtered on its local day. */
export function createListingInsightsReader(journal: JournalRepository): InsightsReader {
  const reader: InsightsReader = {
    readPacked: async (userId, range) => {
      const { episodes, checkins, sessions } = await reader.read(userId, range);
      return { episodePages: packEpisodes(episodes), checkins, sessions };
    },
    async read(userId, range) {
      const from = range.from ?? FIRST_DAY;
      const to = range.to ?? LAST_DAY;
      const inRange = (day: string) => day >= from && day <= to;
      const [episodes, checkins, sessions] = await Promise.all([
        journal.episodes.listAll(userId),
        journal.checkins.listAll(userId),
        journal.sessions.listAll(userId),
      ]);
      return {
        episodes: episodes.filter((e) => inRange(e.startedAt.slice(0, 10))),
        checkins: checkins.filter((c) => inRange(c.date)),
        sessions: sessions.filter((s) => inRange(s.startedAt.slice(0, 10))),
      };
    },
  };
  return reader;
}
