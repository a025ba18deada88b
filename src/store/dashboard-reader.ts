import {
  type CareTeamRepository,
  type DashboardClientData,
  emptyDashboardData,
  type StoredAssignedPlan,
} from '../core/care-team-repository';
import type { InsightsEpisode, InsightsSession } from '../core/insights/records';
import type { AssignedPlan } from '../core/plan/assigned-plan';
import type { RawQuery } from './insights-reader';

// Rebuilds the rows of these clients that a journal write marked stale since (migration 0010), or that were never
// built, before the read: one statement, which writes nothing when every row is fresh.
const REFRESH_STALE = `select "dashboard_windows_refresh_stale"($1::uuid[])`;

// One row per client from `dashboard_windows` (decisions 0028, 0037): the records of the 70 days before the row was
// built, packed as text (fields by |, records by newlines, an empty field for null;
// the fields are those of dashboard_episode_record and dashboard_session_record), and the latest episode. The
// embedded driver's cost is per row, not per byte, so the read is 500 rows for 500 clients, not 23,000 records.
// A record starts with its instant in epoch ms: the window's edges are instants, applied here.
const SUMMARIES = `select "users"."id", "users"."email",
  ceil(extract(epoch from "dashboard_windows"."since") * 1000)::bigint::text, "dashboard_windows"."episodes",
  "dashboard_windows"."sessions", "dashboard_windows"."latest"
  from "users" left join "dashboard_windows" on "dashboard_windows"."user_id" = "users"."id"
  where "users"."id" = any($1::uuid[])`;

// A window reaching back before a row's own start (a clock far behind the database's) reads the journal itself, in
// the same record format: per client, one range probe of each (user_id, started_at) index and the latest episode.
const LIVE_WINDOWS = `select c.id, null, null,
  (select string_agg("dashboard_episode_record"(e), E'\\n' order by e.started_at, e.id) from "episodes" e
    where e.user_id = c.id and e.started_at >= $2::timestamptz),
  (select string_agg("dashboard_session_record"(s), E'\\n' order by s.started_at, s.id) from "massage_sessions" s
    where s.user_id = c.id and s.started_at >= $2::timestamptz),
  (select concat_ws('|', e.started_at_text, e.region, coalesce(e.intensity::text, '')) from "episodes" e
    where e.user_id = c.id order by e.started_at desc, e.id desc limit 1)
  from unnest($1::uuid[]) as c(id)`;

const PLANS = `select "assigned_plans"."user_id", "assigned_plans"."id", "assigned_plans"."plan",
  "assigned_plans"."created_at"::text, "assigned_plans"."updated_at"::text from "assigned_plans"
  where "assigned_plans"."user_id" = any($1::uuid[]) and "assigned_plans"."clinician_id" = $2`;

/** Context is not read by the alerts or the trend; one shared empty list stands in for it. */
const NO_CONTEXT: InsightsEpisode['context'] = [];
const isoOf = (text: unknown) => new Date(String(text)).toISOString();

const numberOr = (field: string | undefined) => (field ? Number(field) : undefined);

/** An episode record's fields after its epoch ms: the alerts' and the trend's, and the latest episode's intensity. */
function toEpisode(fields: string[]): InsightsEpisode {
  const [, startedAt, region, , duration, before, after, response, actions] = fields;
  const episode = {
    startedAt,
    region,
    context: NO_CONTEXT,
    actions: actions ? actions.split(',') : [],
  } as InsightsEpisode;
  const durationMinutes = numberOr(duration);
  if (durationMinutes !== undefined) episode.durationMinutes = durationMinutes;
  const painBefore = numberOr(before);
  if (painBefore !== undefined) episode.painBefore = painBefore;
  const painAfter = numberOr(after);
  if (painAfter !== undefined) episode.painAfter = painAfter;
  if (response) episode.response = response as InsightsEpisode['response'];
  return episode;
}

function toSession(fields: string[]): InsightsSession {
  const [, startedAt, massage, before, after, stopReason] = fields;
  const session = { startedAt, massage } as InsightsSession;
  const painBefore = numberOr(before);
  if (painBefore !== undefined) session.painBefore = painBefore;
  const painAfter = numberOr(after);
  if (painAfter !== undefined) session.painAfter = painAfter;
  if (stopReason) session.stopReason = stopReason as InsightsSession['stopReason'];
  return session;
}

/**
 * The fields of each packed record whose instant (its leading epoch ms) is at or after `since`, oldest first. One
 * pass with indexOf and the instant's digits read in place: records before the window allocate nothing.
 */
function recordsFrom(packed: unknown, since: number): string[][] {
  const out: string[][] = [];
  if (typeof packed !== 'string') return out;
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf('\n', start);
    if (end === -1) end = packed.length;
    const negative = packed.charCodeAt(start) === 45; // '-': an instant before 1970
    let ms = 0;
    let i = negative ? start + 1 : start;
    for (let c = packed.charCodeAt(i); c >= 48 && c <= 57; c = packed.charCodeAt(++i)) ms = ms * 10 + (c - 48);
    if ((negative ? -ms : ms) >= since) out.push(packed.slice(start, end).split('|'));
    start = end + 1;
  }
  return out;
}

/** A client's kept records parsed once, each with its instant (epoch ms), for the text they were parsed from. */
interface ParsedWindow {
  episodesText: unknown;
  sessionsText: unknown;
  episodes: { ms: number; episode: InsightsEpisode }[];
  sessions: { ms: number; session: InsightsSession; planId: string }[];
}

/** Clients whose parsed window a reader keeps (about 8 KB each for the benchmark's journals). */
const PARSED_CLIENTS = 5_000;

function parseWindow(episodesText: unknown, sessionsText: unknown): ParsedWindow {
  return {
    episodesText,
    sessionsText,
    episodes: recordsFrom(episodesText, -Infinity).map((f) => ({ ms: Number(f[0]), episode: toEpisode(f) })),
    sessions: recordsFrom(sessionsText, -Infinity).map((f) => ({
      ms: Number(f[0]),
      session: toSession(f),
      planId: f[6] ?? '',
    })),
  };
}

/**
 * The dashboard's read for many clients at once: the rebuild of the stale rows, then two statements of one row a
 * client (and one more, live, for clients whose kept window starts after `since`), whatever the number of records.
 */
export function createDashboardReader(query: RawQuery): CareTeamRepository['readDashboard'] {
  // Parsing the records is most of the read's work in JavaScript: a client's window is parsed again only when its
  // kept text changed (compared whole, so the answer is the text's). Least recently read clients are dropped first.
  const parsed = new Map<string, ParsedWindow>();
  const parsedOf = (clientId: string, episodesText: unknown, sessionsText: unknown, keep: boolean) => {
    const hit = parsed.get(clientId);
    if (hit && hit.episodesText === episodesText && hit.sessionsText === sessionsText) {
      parsed.delete(clientId);
      parsed.set(clientId, hit);
      return hit;
    }
    const fresh = parseWindow(episodesText, sessionsText);
    if (keep) {
      parsed.delete(clientId);
      parsed.set(clientId, fresh);
      if (parsed.size > PARSED_CLIENTS) parsed.delete(parsed.keys().next().value as string);
    }
    return fresh;
  };
  return async (clientIds, clinicianId, since, adherenceSince) => {
    if (clientIds.length === 0) return [];
    const ids = [...clientIds];
    const sinceMs = since.getTime();
    await query(REFRESH_STALE, [ids]);
    const [summaries, plans] = await Promise.all([query(SUMMARIES, [ids]), query(PLANS, [ids, clinicianId])]);
    // Every client that is a user has a row now (one deleted meanwhile has none, and no journal either).
    const startsLate = (row: unknown[]) => row[2] !== null && Number(row[2]) > sinceMs;
    const late = summaries.filter(startsLate).map((row) => String(row[0]));
    const live = late.length > 0 ? await query(LIVE_WINDOWS, [late, since.toISOString()]) : [];
    const byClient = new Map<string, DashboardClientData>();
    for (const id of ids) byClient.set(id, emptyDashboardData(id));
    for (const [id, email] of summaries) {
      const data = byClient.get(String(id));
      if (data) data.email = email === null ? null : String(email);
    }
    for (const [clientId, id, plan, createdAt, updatedAt] of plans) {
      const stored: StoredAssignedPlan = {
        id: String(id),
        clientId: String(clientId),
        clinicianId,
        plan: (typeof plan === 'string' ? JSON.parse(plan) : plan) as AssignedPlan,
        createdAt: isoOf(createdAt),
        updatedAt: isoOf(updatedAt),
      };
      byClient.get(stored.clientId)?.plans.push(stored);
    }
    const adherenceMs = adherenceSince.getTime();
    const rows = [
      ...summaries.filter((row) => !startsLate(row)).map((row) => ({ row, keep: true })),
      ...live.map((row) => ({ row, keep: false })),
    ];
    for (const { row, keep } of rows) {
      const [clientId, , , episodes, sessions, latest] = row;
      const data = byClient.get(String(clientId));
      if (!data) continue;
      if (typeof latest === 'string') {
        const [startedAt = '', region, intensity] = latest.split('|');
        data.lastEpisode = { startedAt, region: region as InsightsEpisode['region'] };
        if (intensity) data.lastEpisode.intensity = Number(intensity);
      }
      const window = parsedOf(String(clientId), episodes, sessions, keep);
      for (const { ms, episode } of window.episodes) if (ms >= sinceMs) data.episodes.push(episode);
      for (const { ms, session, planId } of window.sessions) {
        if (ms < sinceMs) continue;
        data.sessions.push(session);
        if (!planId || ms < adherenceMs) continue;
        const counted = data.planSessions.find((p) => p.planId === planId);
        if (counted) counted.count += 1;
        else data.planSessions.push({ planId, count: 1 });
      }
    }
    return [...byClient.values()];
  };
}
