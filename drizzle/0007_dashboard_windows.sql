-- The clinician dashboard's window kept on write (decision 0028): per client, one row with the episodes and sessions
-- of the last 70 days packed as the text records dashboard-reader.ts reads, and the latest episode, so a dashboard
-- reads one row a client instead of every record of its 8 weeks. Statement triggers on both journal tables rebuild
-- the rows of the users a statement touched, in its transaction, so every write path (create, group commit, update,
-- delete, import, delete-my-data, account deletion) keeps them exact. The backfill at the end builds every user's.
CREATE TABLE "dashboard_windows" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"episodes" text,
	"sessions" text,
	"latest" text
);
--> statement-breakpoint
ALTER TABLE "dashboard_windows" ADD CONSTRAINT "dashboard_windows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Fields by |, records by newlines, an empty field for null; a record starts with its instant in epoch ms (the
-- reader's window edges are instants). Every field is an ISO instant, an id, a number or a vocabulary id.
CREATE FUNCTION "dashboard_episode_record"(e "episodes") RETURNS text LANGUAGE sql STABLE AS $$
  select concat_ws('|', floor(extract(epoch from e.started_at) * 1000)::bigint, e.started_at_text, e.region,
    coalesce(e.intensity::text, ''), coalesce(e.duration_minutes::text, ''), coalesce(e.pain_before::text, ''),
    coalesce(e.pain_after::text, ''), coalesce(e.response, ''), array_to_string(e.actions, ','))
$$;
--> statement-breakpoint
CREATE FUNCTION "dashboard_session_record"(s "massage_sessions") RETURNS text LANGUAGE sql STABLE AS $$
  select concat_ws('|', floor(extract(epoch from s.started_at) * 1000)::bigint, s.started_at_text, s.massage,
    coalesce(s.pain_before::text, ''), coalesce(s.pain_after::text, ''), coalesce(s.stop_reason, ''),
    coalesce(s.assigned_plan_id::text, ''))
$$;
--> statement-breakpoint
-- Rebuilds the rows of these users from their journals (one range probe of each (user_id, started_at) index, and
-- one for the latest episode). A user who no longer exists (an account being deleted) gets none. PL/pgSQL, not
-- SQL: it keeps the statement's plan between calls, where a SQL function is planned again at every write.
CREATE FUNCTION "dashboard_windows_refresh"(user_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  insert into "dashboard_windows" ("user_id", "since", "episodes", "sessions", "latest")
  select u.id, now() - interval '70 days',
    (select string_agg("dashboard_episode_record"(e), E'\n' order by e.started_at, e.id) from "episodes" e
      where e.user_id = u.id and e.started_at >= now() - interval '70 days'),
    (select string_agg("dashboard_session_record"(s), E'\n' order by s.started_at, s.id) from "massage_sessions" s
      where s.user_id = u.id and s.started_at >= now() - interval '70 days'),
    (select concat_ws('|', e.started_at_text, e.region, coalesce(e.intensity::text, '')) from "episodes" e
      where e.user_id = u.id order by e.started_at desc, e.id desc limit 1)
  from "users" u where u.id = any(user_ids)
  on conflict ("user_id") do update set "since" = excluded."since", "episodes" = excluded."episodes",
    "sessions" = excluded."sessions", "latest" = excluded."latest";
END
$$;
--> statement-breakpoint
-- One function for both tables and every event: each trigger names its transition tables new_rows / old_rows.
-- Concurrent writes of one user (PostgreSQL's pool) rebuild its row one at a time: the transaction lock is taken
-- first, and the rebuild's own statement then sees every write committed before it (read committed).
CREATE FUNCTION "dashboard_windows_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  user_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    user_ids := array(SELECT DISTINCT n.user_id FROM new_rows n);
  ELSIF TG_OP = 'UPDATE' THEN
    user_ids := array(SELECT n.user_id FROM new_rows n UNION SELECT o.user_id FROM old_rows o);
  ELSE
    user_ids := array(SELECT DISTINCT o.user_id FROM old_rows o);
  END IF;
  PERFORM pg_advisory_xact_lock(53170028, k.key)
    FROM (SELECT DISTINCT hashtext(u::text) AS key FROM unnest(user_ids) AS u ORDER BY 1) k;
  PERFORM "dashboard_windows_refresh"(user_ids);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "episodes_dashboard_insert" AFTER INSERT ON "episodes" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
CREATE TRIGGER "episodes_dashboard_update" AFTER UPDATE ON "episodes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
CREATE TRIGGER "episodes_dashboard_delete" AFTER DELETE ON "episodes" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
CREATE TRIGGER "massage_sessions_dashboard_insert" AFTER INSERT ON "massage_sessions" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
CREATE TRIGGER "massage_sessions_dashboard_update" AFTER UPDATE ON "massage_sessions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
CREATE TRIGGER "massage_sessions_dashboard_delete" AFTER DELETE ON "massage_sessions" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_windows_on_write"();
--> statement-breakpoint
-- Backfill: every existing user's row, by the same function the triggers call.
SELECT "dashboard_windows_refresh"(array(SELECT "id" FROM "users"));
