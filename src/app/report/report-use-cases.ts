/** Report, CSV import and calendar use cases: the one surface the server routes and the CLI call. */
import { assessSituationIn } from '../../core/assess/assess-in';
import { assessSituation } from '../../core/assess/assess-situation';
import type { AnyLocale } from '../../core/i18n/locales';
import type { Translator } from '../../core/i18n/translator';
import { type InsightsDay, unpackJournal } from '../../core/insights/index';
import { parseEpisodesCsv } from '../../core/interop/episodes-csv';
import { buildScheduleIcs } from '../../core/interop/ics';
import { assertTimeZone, offsetMinutes } from '../../core/interop/time-zone';
import { DayRangeSchema, type Episode } from '../../core/journal';
import type { ImportCounts } from '../../core/journal-repository';
import type { CarePlace } from '../../core/messages/care-words';
import type { Store } from '../../core/repositories';
import { SituationSchema } from '../../core/situation';
import { DATE_INPUT_HINT, dayAtNoon, parseDateInput } from '../../core/validation/date-input';
import { AppError, parseOrThrow } from '../errors';
import { renderReportHtml } from './render-html';
import { buildReportModelFromParts, DEFAULT_MAX_TABLE_ROWS, type ReportModel } from './report-model';
import { loadReportTranslator } from './report-words';

/** Default report range: the last 90 days. */
export const DEFAULT_REPORT_DAYS = 90;
const MAX_REPORT_DAYS = 366 * 20;

export interface ReportRange {
  from?: string | undefined;
  to?: string | undefined;
}

export interface CsvPreview {
  valid: number;
  errors: { line: number; field: string; message: string }[];
  preview: { line: number; episode: Episode }[];
}

export interface ScheduleIcsRequest {
  situation: unknown;
  start?: string | undefined;
  timeZone?: string | undefined;
}

export interface ReportUseCases {
  /** `locale` chooses the report's language (decision 0032); en-GB, today's text, when not given. */
  buildReport(userId: string, range: ReportRange, locale?: AnyLocale): Promise<ReportModel>;
  reportPdf(userId: string, range: ReportRange, locale?: AnyLocale): Promise<Buffer>;
  reportHtml(userId: string, range: ReportRange, locale?: AnyLocale): Promise<string>;
  /** Parses and validates an episodes CSV; writes nothing. */
  previewCsv(text: string): CsvPreview;
  /** All or nothing: any bad row rejects the file with every row's line and field. */
  importCsv(userId: string, text: string): Promise<{ imported: ImportCounts }>;
  /** The schedule of the situation's assessment as an .ics calendar. */
  /** `translator` (loadReportTranslator) chooses the reminders' language; en-GB when not given. */
  scheduleIcs(request: ScheduleIcsRequest, translator?: Translator, place?: CarePlace): string;
}

/** Validates a range, filling the defaults: `to` today (UTC), `from` 90 days before `to`. */
export function resolveRange(range: ReportRange, now: Date): { from: string; to: string } {
  const parsed = parseOrThrow(DayRangeSchema, compactRange(range), 'report range');
  const to = parsed.to ?? now.toISOString().slice(0, 10);
  const from =
    parsed.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_REPORT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1)
    throw new AppError('invalid-range', 400, 'from must not be after to', [
      { path: 'from', message: `must be on or before ${to}` },
    ]);
  if (days > MAX_REPORT_DAYS) {
    throw new AppError('invalid-range', 400, 'the range is too long', [
      { path: 'from', message: 'at most 20 years before to' },
    ]);
  }
  return { from, to };
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function compactRange(range: ReportRange): ReportRange {
  return Object.fromEntries(Object.entries(range).filter(([, value]) => value !== undefined && value !== ''));
}

/** Episodes a page when the report walks its range newest first for the table. */
const TABLE_PAGE = 500;

/**
 * The report's use cases. A report reads its range as insights do (the days kept on write, the check-ins and
 * sessions as packed pages: decision 0036), and only the full episodes it lists: the most recent `maxTableRows`
 * for the table, and those recorded with an assessment (read by the runs of days that have one).
 */
export function createReportUseCases(
  store: Store,
  now: () => Date = () => new Date(),
  { maxTableRows = DEFAULT_MAX_TABLE_ROWS }: { maxTableRows?: number } = {},
): ReportUseCases {
  const { journal } = store;
  const inDays = (episode: Episode, from: string, to: string) => {
    const day = episode.startedAt.slice(0, 10);
    return day >= from && day <= to;
  };
  const byInstant = (episodes: Episode[]) =>
    episodes
      .map((episode) => ({ episode, at: Date.parse(episode.startedAt) }))
      .sort((a, b) => a.at - b.at)
      .map(({ episode }) => episode);

  /** The range's most recent episodes, oldest first: pages newest first until the table is full. */
  async function readLatest(userId: string, from: string, to: string): Promise<Episode[]> {
    const latest: Episode[] = [];
    if (maxTableRows <= 0) return latest;
    const widened = { from: shiftDay(from, -1), to: shiftDay(to, 1) };
    let cursor: string | null = null;
    do {
      const page: { items: Episode[]; nextCursor: string | null } = await journal.episodes.list(userId, {
        ...widened,
        limit: TABLE_PAGE,
        cursor,
      });
      for (const episode of page.items) if (inDays(episode, from, to)) latest.push(episode);
      cursor = page.nextCursor;
    } while (cursor && latest.length < maxTableRows);
    // Newest first by (time, id): the first maxTableRows are the last ones in listAll's order.
    return byInstant(latest.slice(0, maxTableRows).reverse());
  }

  /** The episodes recorded with an assessment, oldest first: read only over the runs of days that have one. */
  async function readAssessed(userId: string, days: readonly InsightsDay[]): Promise<Episode[]> {
    const runs: { from: string; to: string; last: number }[] = [];
    for (const day of days) {
      if (day.assessed === 0) continue;
      const n = Date.parse(`${day.day}T00:00:00Z`) / 86_400_000;
      const run = runs.at(-1);
      // Runs closer than 3 days are one: apart, every instant of a later run is after every instant of an earlier.
      if (run && n - run.last <= 3) {
        run.to = day.day;
        run.last = n;
      } else runs.push({ from: day.day, to: day.day, last: n });
    }
    const assessed: Episode[] = [];
    for (const run of runs) {
      const episodes = await journal.episodes.listAll(userId, {
        from: shiftDay(run.from, -1),
        to: shiftDay(run.to, 1),
      });
      // A loop, not push(...): a run can hold every episode of the range (item 2: no spread of journal-sized arrays).
      for (const e of byInstant(episodes.filter((e) => e.assessment && inDays(e, run.from, run.to)))) assessed.push(e);
    }
    return assessed;
  }

  async function buildReport(userId: string, range: ReportRange, locale: AnyLocale = 'en-GB'): Promise<ReportModel> {
    const { from, to } = resolveRange(range, now());
    const [translator, packed, latest, patient] = await Promise.all([
      loadReportTranslator(locale),
      store.insights.readPacked(userId, { from, to }),
      readLatest(userId, from, to),
      store.profiles.get(userId),
    ]);
    const days = unpackJournal(packed);
    const assessed = await readAssessed(userId, days.days);
    return buildReportModelFromParts(
      { journal: days, latest, assessed },
      { from, to, generatedAt: now().toISOString(), patient, translator, maxTableRows },
    );
  }
  function previewCsv(text: string): CsvPreview {
    const parsed = parseEpisodesCsv(text);
    return {
      valid: parsed.rows.length,
      errors: parsed.errors,
      preview: parsed.rows.slice(0, 100).map((episode, i) => ({ line: parsed.lines[i] ?? 0, episode })),
    };
  }
  return {
    buildReport,
    reportPdf: async (userId, range, locale = 'en-GB') => {
      // pdfkit loads on the first PDF, so opening the app for any other use case does not pay for it.
      const [{ renderReportPdf }, translator, model] = await Promise.all([
        import('./render-pdf'),
        loadReportTranslator(locale),
        buildReport(userId, range, locale),
      ]);
      return renderReportPdf(model, { translator });
    },
    reportHtml: async (userId, range, locale = 'en-GB') => {
      const [translator, model] = await Promise.all([loadReportTranslator(locale), buildReport(userId, range, locale)]);
      return renderReportHtml(model, translator);
    },
    previewCsv,
    async importCsv(userId, text) {
      const parsed = parseEpisodesCsv(text);
      if (parsed.errors.length > 0) {
        throw new AppError(
          'invalid-csv',
          400,
          `${parsed.errors.length} problem(s) in the file; nothing was imported`,
          parsed.errors.map((error) => ({ path: `line ${error.line}: ${error.field}`, message: error.message })),
        );
      }
      const imported = await journal.importAll(userId, {
        episodes: parsed.rows,
        checkins: [],
        sessions: [],
      });
      return { imported };
    },
    scheduleIcs: (request, translator, place) => buildSituationIcs(request, now(), translator, place),
  };
}

/** The first reminder: a day means that day where the reminders ring; impossible dates are refused, not rolled over. */
function parseStart(start: string | undefined, timeZone: string, now: Date): Date {
  if (start === undefined || start === '') return now;
  const parsed = parseDateInput(start);
  if (parsed === null) {
    throw new AppError('validation-failed', 400, 'invalid start', [
      { path: 'start', message: `${JSON.stringify(start)} is not a date; ${DATE_INPUT_HINT}` },
    ]);
  }
  if (parsed.kind === 'instant') return new Date(parsed.instant);
  return new Date(dayAtNoon(parsed.day, (instant) => offsetMinutes(instant, timeZone)));
}

/**
 * The self-care schedule of a situation's assessment as an .ics calendar; 422 when the verdict has no schedule.
 * Needs no journal, so the CLI and the public route call it directly.
 */
export function buildSituationIcs(
  { situation, start, timeZone = 'UTC' }: ScheduleIcsRequest,
  now: Date,
  translator?: Translator,
  place?: CarePlace,
): string {
  const parsedSituation = parseOrThrow(SituationSchema, situation, 'situation');
  try {
    assertTimeZone(timeZone);
  } catch (error) {
    throw new AppError('invalid-time-zone', 400, 'unknown time zone', [
      { path: 'timeZone', message: (error as Error).message },
    ]);
  }
  const startDate = parseStart(start, timeZone, now);
  // The schedule's own text in the calendar's language (loadReportTranslator(locale, ICS_NAMESPACES)).
  const assessment =
    translator && translator.locale !== 'en-GB' && translator.has('plan.duration.seconds')
      ? assessSituationIn(parsedSituation, translator, place)
      : assessSituation(parsedSituation);
  if (!assessment.schedule || assessment.schedule.sessionsPerDay === 0) {
    throw new AppError(
      'no-schedule',
      422,
      `no self-care schedule for this situation (care: ${assessment.care}, massage: ${assessment.massage}); follow the verdict's advice instead`,
    );
  }
  return buildScheduleIcs(assessment.schedule, {
    start: startDate,
    timeZone,
    region: parsedSituation.region,
    ...(translator ? { translator } : {}),
  });
}
