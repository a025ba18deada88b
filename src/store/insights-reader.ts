import type {
  InsightsEpisode,
  InsightsRange,
  InsightsReader,
  PackedField,
  PackedJournal,
} from '../core/insights/index';
import {
  CHECKIN_FIELDS,
  EPISODE_FIELDS,
  packJournal,
  SESSION_FIELDS,
  unpackEpisodes,
  unpackRecord,
} from '../core/insights/index';
import type { JournalRepository } from '../core/journal-repository';

/** A raw query answering rows as arrays (no drizzle mapping): the cheap form for reading many rows. */
export type RawQuery = (text: string, params: unknown[]) => Promise<unknown[][]>;

/** Records per page: each page is one short query, and other requests run between pages. PGlite runs a query on the
 *  event loop itself, so the page size bounds how long a request waits behind an insights read: 2,000 (decision 0029;
 *  a packed page costs per record, so smaller pages add little to the whole read). */
export const INSIGHTS_PAGE_ROWS = 2_000;

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

interface PackedTable {
  from: string;
  /** The time column of the keyset (time, id): $2/$3 bound it, the index (user_id, time, id) serves it (0008). */
  time: string;
  /** Its SQL type, for the keyset parameter. */
  timeType: 'timestamptz' | 'date';
  /** The test of the local day, with $4 and $5 (applied to each page, see readPackedPages). */
  dayFilter: string;
  /** The column (or expression) of each packed field, by key. */
  columns: Record<string, string>;
  fields: readonly PackedField[];
}

const EPISODES: PackedTable = {
  from: 'episodes',
  time: 'started_at',
  timeType: 'timestamptz',
  dayFilter: 'left(started_at_text, 10) collate "C" between $4 and $5',
  columns: {
    startedAt: 'started_at_text',
    region: 'region',
    durationMinutes: 'duration_minutes',
    intensity: 'intensity',
    context: 'context',
    actions: 'actions',
    painBefore: 'pain_before',
    painAfter: 'pain_after',
    response: 'response',
  },
  fields: EPISODE_FIELDS,
};

const SESSIONS: PackedTable = {
  from: 'massage_sessions',
  time: 'started_at',
  timeType: 'timestamptz',
  dayFilter: 'left(started_at_text, 10) collate "C" between $4 and $5',
  columns: {
    startedAt: 'started_at_text',
    massage: 'massage',
    painBefore: 'pain_before',
    painAfter: 'pain_after',
    stopReason: 'stop_reason',
  },
  fields: SESSION_FIELDS,
};

const CHECKINS: PackedTable = {
  from: 'checkins',
  time: 'date',
  timeType: 'date',
  dayFilter: 'date between $4::date and $5::date',
  columns: {
    date: 'date',
    fluidsLitres: 'fluids_litres',
    exerciseMinutes: 'exercise_minutes',
    exerciseIntensity: 'exercise_intensity',
    sleepHours: 'sleep_hours',
    stress: 'stress',
    heatExposure: 'heat_exposure',
    coldExposure: 'cold_exposure',
    alcoholUnits: 'alcohol_units',
  },
  fields: CHECKIN_FIELDS,
};

/**
 * A record as a packed line, built by the database: the text `packRecord` writes. A double is written in its
 * shortest exact form (PostgreSQL 12 and later, extra_float_digits ≥ 1, the default), so `Number()` gives back the
 * same value; a boolean as `true`/`false`; a missing value as the empty text.
 */
function packedLine(table: PackedTable): string {
  return table.fields
    .map(({ key, kind }) => {
      const column = table.columns[key];
      if (!column) throw new Error(`no column for the packed field ${key} of ${table.from}`);
      return kind === 'list' ? `array_to_string(${column}, ',')` : `coalesce(${column}::text, '')`;
    })
    .join(` || ';' || `);
}

/**
 * The user's records of one table in the range as pages of packed lines, oldest first by (time, id) as `listAll`
 * orders them: one query per page (keyset, never OFFSET) answering ONE row — the page's lines as one text and its
 * last key — so the driver decodes one value per page instead of one row per record. Yields between pages.
 */
async function readPackedPages(
  query: RawQuery,
  table: PackedTable,
  userId: string,
  bounds: { lower: string; upper: string; from: string; to: string },
  pageRows: number,
): Promise<string[]> {
  // The local-day test is applied after the LIMIT, to the page, not in its WHERE clause: the planner cannot estimate
  // an expression's selectivity (it guessed 0.5 %), and with it in the WHERE clause it chose a sequential scan and a
  // sort of the whole journal for every page over the index walk. A page thus counts the few records of the window's
  // edge days that the test then leaves out; the keyset moves past them all the same.
  const page = (keyset: string) => `select string_agg(line, e'\\n' order by t, id) filter (where keep), count(*)::int,
      (array_agg(t::text order by t desc, id desc))[1], (array_agg(id::text order by t desc, id desc))[1]
    from (select ${table.time} as t, id, ${packedLine(table)} as line, ${table.dayFilter} as keep from ${table.from}
      where user_id = $1 and ${table.time} >= $2 and ${table.time} < $3${keyset}
      order by ${table.time}, id limit $6) as page`;
  const first = page('');
  const next = page(` and (${table.time}, id) > ($7::${table.timeType}, $8::uuid)`);
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

/** Kept days per query: PGlite runs a query on the event loop, and a 10-year read of 100,000 episodes' days is
 *  3.6 MB of text; pages of 400 days (about 11 weeks) keep each piece short, with other requests between them. */
export const INSIGHTS_DAY_PAGE = 400;

/**
 * The user's kept days (migration 0009) in the range as pages of lines, oldest first, after rebuilding the days
 * writes marked stale: one query per page, keyset on
 * the day (the (user_id, day) primary key serves it), each answering one text value whatever the number of
 * episodes. Yields between pages.
 */
async function readDayPages(
  query: RawQuery,
  userId: string,
  from: string,
  to: string,
  pageDays: number,
): Promise<string[]> {
  // Writes only mark the days they touch stale (migration 0009): rebuild this user's stale days first.
  await query('select "insights_days_refresh_stale"($1)', [userId]);
  const pages: string[] = [];
  let after = '';
  for (;;) {
    // Quoted as the routing check reads statements (query-routing.db.test.ts). An empty line is a new day's placeholder marked by a write that committed after the rebuild: not read yet.
    const [row] = await query(
      `select string_agg(line, e'\\n' order by day) filter (where line <> ''), count(*)::int, max(day) from (
         select day, line from "insights_days"
         where "insights_days"."user_id" = $1 and day >= $2 and day <= $3 and day > $4 order by day limit $5) as page`,
      [userId, from, to, after, pageDays],
    );
    const [lines, count, last] = (row ?? [null, 0, null]) as [string | null, number, string | null];
    if (lines) pages.push(lines);
    if (Number(count) < pageDays || last === null) return pages;
    after = last;
    await yieldToEventLoop();
  }
}

/**
 * Insights over SQL: the range's episodes as the days kept on write (one line a local day), and its check-ins and
 * sessions as packed pages (the range is pushed into the WHERE clause, served by the (user_id, time, id) indexes;
 * only the analysed columns are read, packed as text by the database a page at a time). Every query filters by
 * user_id.
 */
export function createInsightsReader(query: RawQuery, pageRows: number = INSIGHTS_PAGE_ROWS): InsightsReader {
  const boundsOf = (range: InsightsRange) => ({
    ...instantWindow(range),
    from: range.from ?? FIRST_DAY,
    to: range.to ?? LAST_DAY,
  });
  async function readPacked(userId: string, range: InsightsRange): Promise<PackedJournal> {
    const bounds = boundsOf(range);
    // Smaller record pages (the tests' 7) page the days as finely.
    const dayPages = await readDayPages(query, userId, bounds.from, bounds.to, Math.min(pageRows, INSIGHTS_DAY_PAGE));
    const checkinPages = await readPackedPages(query, CHECKINS, userId, bounds, pageRows);
    const sessionPages = await readPackedPages(query, SESSIONS, userId, bounds, pageRows);
    return { dayPages, checkinPages, sessionPages };
  }
  return {
    readPacked,
    async read(userId, range) {
      const bounds = boundsOf(range);
      const episodes = unpackEpisodes(await readPackedPages(query, EPISODES, userId, bounds, pageRows));
      const checkinPages = await readPackedPages(query, CHECKINS, userId, bounds, pageRows);
      const sessionPages = await readPackedPages(query, SESSIONS, userId, bounds, pageRows);
      const lines = (pages: string[]) => pages.flatMap((page) => page.split('\n'));
      return {
        episodes,
        checkins: lines(checkinPages).map((line) => unpackRecord(line, CHECKIN_FIELDS)),
        sessions: lines(sessionPages).map((line) => unpackRecord(line, SESSION_FIELDS)),
      };
    },
  };
}

/**
 * The episodes as `read` gave them before decision 0029: one array row per episode (the benchmark measures
 * against it).
 */
export async function readEpisodeRows(
  query: RawQuery,
  userId: string,
  range: InsightsRange,
): Promise<InsightsEpisode[]> {
  const { lower, upper } = instantWindow(range);
  const keys = EPISODE_FIELDS.map((f) => f.key);
  const rows = await query(
    `select ${keys.map((k) => EPISODES.columns[k]).join(', ')} from episodes
     where user_id = $1 and started_at >= $2 and started_at < $3 and ${EPISODES.dayFilter} order by started_at, id`,
    [userId, lower, upper, range.from ?? FIRST_DAY, range.to ?? LAST_DAY],
  );
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [i, key] of keys.entries()) if (row[i] !== null && row[i] !== undefined) out[key] = row[i];
    return out as unknown as InsightsEpisode;
  });
}

/** The reader over any journal repository (the memory store): every record, filtered on its local day. */
export function createListingInsightsReader(journal: JournalRepository): InsightsReader {
  const reader: InsightsReader = {
    readPacked: async (userId, range) => packJournal(await reader.read(userId, range)),
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
