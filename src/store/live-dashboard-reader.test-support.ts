// The dashboard reader before decision 0028, kept as the reference its property test compares with: it reads the
// live journal rows of the window (one range probe per client and table), not the rows migration 0007 keeps.
import {
  type CareTeamRepository,
  type DashboardClientData,
  emptyDashboardData,
  type StoredAssignedPlan,
} from '../core/care-team-repository';
import type { InsightsEpisode, InsightsSession } from '../core/insights/records';
import type { AssignedPlan } from '../core/plan/assigned-plan';
import type { RawQuery } from './insights-reader';

// Rows as arrays over the raw driver (the cheap form for many rows, as insights read them), and only the columns the
// dashboard's alerts and trend read: actions come as one comma-joined text, not an array the driver must parse.
// One row per client, its window's records packed into text (fields by |, records by newlines, an empty field for
// null): the embedded driver's cost is per row, not per byte. Every packed field is an ISO instant, an id, a number
// or a vocabulary id. Each client's rows are one range probe of its (user_id, started_at) index.
const WINDOWS = `select c.id,
  (select concat_ws('|', "episodes"."started_at_text", "episodes"."region", coalesce("episodes"."intensity"::text, ''))
    from "episodes" where "episodes"."user_id" = c.id order by "episodes"."started_at" desc limit 1),
  (select string_agg(concat_ws('|', "episodes"."started_at_text", "episodes"."region",
      coalesce("episodes"."duration_minutes"::text, ''), coalesce("episodes"."pain_before"::text, ''),
      coalesce("episodes"."pain_after"::text, ''), coalesce("episodes"."response", ''),
      array_to_string("episodes"."actions", ',')), E'\n' order by "episodes"."started_at")
    from "episodes" where "episodes"."user_id" = c.id and "episodes"."started_at" >= $2::timestamptz),
  (select string_agg(concat_ws('|', "massage_sessions"."started_at_text", "massage_sessions"."massage",
      coalesce("massage_sessions"."pain_before"::text, ''), coalesce("massage_sessions"."pain_after"::text, ''),
      coalesce("massage_sessions"."stop_reason", ''),
      coalesce(case when "massage_sessions"."started_at" >= $3::timestamptz then "massage_sessions"."assigned_plan_id"::text end, '')),
      E'\n' order by "massage_sessions"."started_at")
    from "massage_sessions" where "massage_sessions"."user_id" = c.id and "massage_sessions"."started_at" >= $2::timestamptz)
  from unnest($1::uuid[]) as c(id)`;

const EMAILS = `select "users"."id", "users"."email" from "users" where "users"."id" = any($1::uuid[])`;

const PLANS = `select "assigned_plans"."user_id", "assigned_plans"."id", "assigned_plans"."plan",
  "assigned_plans"."created_at"::text, "assigned_plans"."updated_at"::text from "assigned_plans"
  where "assigned_plans"."user_id" = any($1::uuid[]) and "assigned_plans"."clinician_id" = $2`;

/** Context is not read by the alerts or the trend; one shared empty list stands in for it. */
const NO_CONTEXT: InsightsEpisode['context'] = [];
const isoOf = (text: unknown) => new Date(String(text)).toISOString();

const records = (packed: unknown) => (typeof packed === 'string' && packed !== '' ? packed.split('\n') : []);
const numberOr = (field: string | undefined) => (field ? Number(field) : undefined);

function toEpisode(record: string): InsightsEpisode {
  const [startedAt, region, duration, before, after, response, actions] = record.split('|');
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
  const [startedAt, massage, before, after, stopReason] = fields;
  const session = { startedAt, massage } as InsightsSession;
  const painBefore = numberOr(before);
  if (painBefore !== undefined) session.painBefore = painBefore;
  const painAfter = numberOr(after);
  if (painAfter !== undefined) session.painAfter = painAfter;
  if (stopReason) session.stopReason = stopReason as InsightsSession['stopReason'];
  return session;
}

/** The dashboard's read for many clients at once: three statements, whatever the number of clients. */
export function createLiveDashboardReader(query: RawQuery): CareTeamRepository['readDashboard'] {
  return async (clientIds, clinicianId, since, adherenceSince) => {
    if (clientIds.length === 0) return [];
    const ids = [...clientIds];
    const [windows, emails, plans] = await Promise.all([
      query(WINDOWS, [ids, since.toISOString(), adherenceSince.toISOString()]),
      query(EMAILS, [ids]),
      query(PLANS, [ids, clinicianId]),
    ]);
    const byClient = new Map<string, DashboardClientData>();
    for (const id of ids) byClient.set(id, emptyDashboardData(id));
    const of = (row: unknown[]) => byClient.get(String(row[0]));
    for (const row of emails) {
      const data = of(row);
      if (data) data.email = row[1] === null ? null : String(row[1]);
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
    for (const [clientId, latest, episodes, sessions] of windows) {
      const data = byClient.get(String(clientId));
      if (!data) continue;
      if (typeof latest === 'string') {
        const [startedAt = '', region, intensity] = latest.split('|');
        data.lastEpisode = { startedAt, region: region as InsightsEpisode['region'] };
        if (intensity) data.lastEpisode.intensity = Number(intensity);
      }
      for (const record of records(episodes)) data.episodes.push(toEpisode(record));
      for (const record of records(sessions)) {
        const fields = record.split('|');
        data.sessions.push(toSession(fields));
        const planId = fields[5];
        if (!planId) continue;
        const counted = data.planSessions.find((p) => p.planId === planId);
        if (counted) counted.count += 1;
        else data.planSessions.push({ planId, count: 1 });
      }
    }
    return [...byClient.values()];
  };
}
