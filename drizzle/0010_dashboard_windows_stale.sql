-- A journal write no longer rebuilds its user's dashboard window (decision 0037): rebuilding ~35 episodes and ~20
-- sessions in every writing statement cost a PGlite write 2.4–4.6 ms (bench/dashboard-write-cost.ts). The triggers
-- now only mark the row stale; the dashboard rebuilds the stale and missing rows of its clients before reading
-- (dashboard_windows_refresh_stale), so a client nobody's dashboard reads costs its writes one index probe.
ALTER TABLE "dashboard_windows" ADD COLUMN "stale" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- As in 0007, and a rebuilt row is fresh.
CREATE OR REPLACE FUNCTION "dashboard_windows_refresh"(user_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  insert into "dashboard_windows" ("user_id", "since", "episodes", "sessions", "latest", "stale")
  select u.id, now() - interval '70 days',
    (select string_agg("dashboard_episode_record"(e), E'\n' order by e.started_at, e.id) from "episodes" e
      where e.user_id = u.id and e.started_at >= now() - interval '70 days'),
    (select string_agg("dashboard_session_record"(s), E'\n' order by s.started_at, s.id) from "massage_sessions" s
      where s.user_id = u.id and s.started_at >= now() - interval '70 days'),
    (select concat_ws('|', e.started_at_text, e.region, coalesce(e.intensity::text, '')) from "episodes" e
      where e.user_id = u.id order by e.started_at desc, e.id desc limit 1),
    false
  from "users" u where u.id = any(user_ids)
  on conflict ("user_id") do update set "since" = excluded."since", "episodes" = excluded."episodes",
    "sessions" = excluded."sessions", "latest" = excluded."latest", "stale" = false;
END
$$;
--> statement-breakpoint
-- Writers take the user's lock shared (they do not wait for one another), a rebuild takes it exclusive: a rebuild
-- waits for the writes in flight to commit, then reads in its own statement (read committed) everything they
-- wrote; a write that starts during a rebuild waits for it, then marks the fresh row stale. Only a fresh row is
-- written, so repeated writes of a client between two dashboards change nothing.
CREATE OR REPLACE FUNCTION "dashboard_windows_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM pg_advisory_xact_lock_shared(53170028, k.key)
    FROM (SELECT DISTINCT hashtext(u::text) AS key FROM unnest(user_ids) AS u ORDER BY 1) k;
  UPDATE "dashboard_windows" SET "stale" = true WHERE "user_id" = any(user_ids) AND NOT "stale";
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Rebuilds, among these users, those whose row is stale or missing; answers how many. Called by the dashboard read
-- as its own statement: the lock is held to the end of that statement's transaction.
CREATE FUNCTION "dashboard_windows_refresh_stale"(user_ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  todo uuid[];
BEGIN
  todo := array(SELECT u.id FROM unnest(user_ids) AS u(id) LEFT JOIN "dashboard_windows" w ON w.user_id = u.id
    WHERE w.user_id IS NULL OR w.stale);
  IF cardinality(todo) = 0 THEN
    RETURN 0;
  END IF;
  PERFORM pg_advisory_xact_lock(53170028, k.key)
    FROM (SELECT DISTINCT hashtext(u::text) AS key FROM unnest(todo) AS u ORDER BY 1) k;
  PERFORM "dashboard_windows_refresh"(todo);
  RETURN cardinality(todo);
END
$$;
