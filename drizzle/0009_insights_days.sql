-- Insights' days kept on write (decision 0036): per user and local day, that day's episodes summarised as one packed
-- line (InsightsDay, src/core/insights/days.ts), so insights read one line a day instead of every episode. A
-- statement trigger on episodes marks the (user, day) lines a statement touched stale, in its transaction, so every
-- write path (create, group commit, update, delete, import, delete-my-data, account deletion) is seen; the reader
-- rebuilds a user's stale lines before it reads them. The backfill at the end builds every existing day.
CREATE TABLE "insights_days" (
	"user_id" uuid NOT NULL,
	"day" text NOT NULL,
	"line" text NOT NULL,
	"stale" boolean DEFAULT false NOT NULL,
	CONSTRAINT "insights_days_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "insights_days" ADD CONSTRAINT "insights_days_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The line of one user's local day (null when it has no episode): the fields of packInsightsDay, in its order.
-- Lists are value:count (ratings action:before:after:count), ordered as buildInsightsDays orders them (ids in code-unit
-- order, numbers ascending); a double is written in its shortest exact form (float8::text). The massage actions,
-- the leg regions and the 10 minutes are days.ts's MASSAGE_ACTIONS, LEG_REGIONS and LONG_LEG_CRAMP_MINUTES
-- (insights-days.db.test.ts checks the lines equal buildInsightsDays for every action and region).
-- A local day D lies within the instants [D − 1 day, D + 2 days): the (user_id, started_at, id) index serves it.
CREATE FUNCTION "insights_day_line"(uid uuid, d text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    WITH e AS MATERIALIZED (
      SELECT duration_minutes, intensity, region, context, actions, pain_before, pain_after, response, history,
        coalesce(jsonb_typeof(assessment) = 'object', false) AS assessed,
        substr(started_at_text, 12, 2)::int AS h,
        actions && ARRAY['stretch', 'effleurage', 'petrissage', 'friction', 'trigger-point', 'deep-tissue']::text[] AS massaged,
        region = ANY (ARRAY['calf', 'shin', 'thigh-front', 'thigh-back', 'foot']::text[]) AS leg
      FROM "episodes"
      WHERE user_id = uid AND started_at >= (d || 'T00:00:00Z')::timestamptz - interval '1 day'
        AND started_at < (d || 'T00:00:00Z')::timestamptz + interval '2 days' AND left(started_at_text, 10) = d
    )
    SELECT CASE WHEN count(*) = 0 THEN NULL ELSE concat_ws(';', d, count(*),
      coalesce((SELECT string_agg(v::text || ':' || n, ',' ORDER BY v) FROM
        (SELECT duration_minutes AS v, count(*) AS n FROM e WHERE duration_minutes IS NOT NULL GROUP BY 1) x), ''),
      coalesce((SELECT string_agg(v::text || ':' || n, ',' ORDER BY v) FROM
        (SELECT intensity AS v, count(*) AS n FROM e WHERE intensity IS NOT NULL GROUP BY 1) x), ''),
      (SELECT string_agg(v || ':' || n, ',' ORDER BY v COLLATE "C") FROM (SELECT region AS v, count(*) AS n FROM e GROUP BY 1) x),
      concat_ws(',', count(*) FILTER (WHERE h >= 22 OR h < 6), count(*) FILTER (WHERE h >= 6 AND h < 12),
        count(*) FILTER (WHERE h >= 12 AND h < 18), count(*) FILTER (WHERE h >= 18 AND h < 22)),
      coalesce((SELECT string_agg(v || ':' || n, ',' ORDER BY v COLLATE "C") FROM
        (SELECT c AS v, count(*) AS n FROM e, unnest(e.context) AS c GROUP BY 1) x), ''),
      coalesce((SELECT string_agg(concat_ws(':', a, b, f, n), ',' ORDER BY a COLLATE "C", b, f) FROM
        (SELECT y.a, e.pain_before AS b, e.pain_after AS f, count(*) AS n
          FROM e, LATERAL (SELECT DISTINCT unnest(e.actions) AS a) y
          WHERE e.pain_before IS NOT NULL AND e.pain_after IS NOT NULL GROUP BY 1, 2, 3) x), ''),
      count(*) FILTER (WHERE massaged),
      count(*) FILTER (WHERE massaged AND (response = 'worse' OR pain_after > pain_before)),
      count(*) FILTER (WHERE leg),
      count(*) FILTER (WHERE leg AND coalesce(duration_minutes, 0) > 10),
      coalesce(max(duration_minutes) FILTER (WHERE leg AND coalesce(duration_minutes, 0) > 10), 0)::text,
      count(*) FILTER (WHERE response = 'better' OR pain_after < pain_before),
      count(*) FILTER (WHERE assessed),
      coalesce((SELECT string_agg(v, ',' ORDER BY v COLLATE "C") FROM
        (SELECT DISTINCT jsonb_array_elements_text(e.history -> 'conditions') AS v FROM e) x), ''),
      coalesce((SELECT string_agg(v, ',' ORDER BY v COLLATE "C") FROM
        (SELECT DISTINCT jsonb_array_elements_text(e.history -> 'medications') AS v FROM e) x), '')
    ) END FROM e
  );
END
$$;
--> statement-breakpoint
-- Rebuilds these (user, day) lines: pairs at the same index of the two arrays, each pair once. A user who no longer
-- exists (an account being deleted) gets none.
CREATE FUNCTION "insights_days_refresh"(uids uuid[], days text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "insights_days" i USING unnest(uids, days) AS t(uid, d) WHERE i.user_id = t.uid AND i.day = t.d;
  INSERT INTO "insights_days" ("user_id", "day", "line")
  SELECT t.uid, t.d, l.line FROM unnest(uids, days) AS t(uid, d), LATERAL (SELECT "insights_day_line"(t.uid, t.d) AS line) l
  WHERE l.line IS NOT NULL AND EXISTS (SELECT 1 FROM "users" u WHERE u.id = t.uid);
END
$$;
--> statement-breakpoint
-- One function for every event (transition tables new_rows / old_rows): a write only marks the (user, day) lines a
-- statement touched stale, before and after an update (a day with no line yet gets an empty placeholder, which
-- readers skip), so a write costs one upsert per touched day whatever the day holds; the next read rebuilds the
-- stale lines (insights_days_refresh_stale). Writers take the user's lock shared (they never queue behind each
-- other); the rebuild takes it exclusive, so it waits for writes in flight and then sees them (read committed).
CREATE FUNCTION "insights_days_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  uids uuid[];
  days text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.user_id), array_agg(t.d) INTO uids, days
      FROM (SELECT DISTINCT n.user_id, left(n.started_at_text, 10) AS d FROM new_rows n) t;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(t.user_id), array_agg(t.d) INTO uids, days
      FROM (SELECT n.user_id, left(n.started_at_text, 10) AS d FROM new_rows n
        UNION SELECT o.user_id, left(o.started_at_text, 10) FROM old_rows o) t;
  ELSE
    SELECT array_agg(t.user_id), array_agg(t.d) INTO uids, days
      FROM (SELECT DISTINCT o.user_id, left(o.started_at_text, 10) AS d FROM old_rows o) t;
  END IF;
  IF uids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(53170036, k.key)
    FROM (SELECT DISTINCT hashtext(u::text) AS key FROM unnest(uids) AS u ORDER BY 1) k;
  INSERT INTO "insights_days" ("user_id", "day", "line", "stale")
    SELECT t.uid, t.d, '', true FROM unnest(uids, days) AS t(uid, d)
    WHERE EXISTS (SELECT 1 FROM "users" u WHERE u.id = t.uid)
    ON CONFLICT ("user_id", "day") DO UPDATE SET "stale" = true WHERE NOT "insights_days"."stale";
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Rebuilds one user's stale lines (called by the insights reader before it reads): the exclusive lock waits for the
-- user's writes in flight, then the stale days are read again and rebuilt by the same function the backfill uses.
CREATE FUNCTION "insights_days_refresh_stale"(uid uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  days text[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "insights_days" WHERE user_id = uid AND stale) THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(53170036, hashtext(uid::text));
  SELECT array_agg(day) INTO days FROM "insights_days" WHERE user_id = uid AND stale;
  IF days IS NULL THEN
    RETURN;
  END IF;
  PERFORM "insights_days_refresh"(array_fill(uid, ARRAY[cardinality(days)]), days);
END
$$;
--> statement-breakpoint
CREATE TRIGGER "episodes_insights_insert" AFTER INSERT ON "episodes" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "insights_days_on_write"();
--> statement-breakpoint
CREATE TRIGGER "episodes_insights_update" AFTER UPDATE ON "episodes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "insights_days_on_write"();
--> statement-breakpoint
CREATE TRIGGER "episodes_insights_delete" AFTER DELETE ON "episodes" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "insights_days_on_write"();
--> statement-breakpoint
-- Backfill: every existing day, by the same function the triggers call.
SELECT "insights_days_refresh"(array_agg(t.user_id), array_agg(t.d))
  FROM (SELECT DISTINCT user_id, left(started_at_text, 10) AS d FROM "episodes") t;
