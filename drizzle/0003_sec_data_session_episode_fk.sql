-- A session may only name an episode of its own user. Links that name no episode of the session's user (another
-- user's, or one deleted since) are cleared first; the sessions themselves are kept.
UPDATE "massage_sessions" AS s SET "episode_id" = NULL WHERE s."episode_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "episodes" AS e WHERE e."id" = s."episode_id" AND e."user_id" = s."user_id");--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_user_id_id_unique" UNIQUE ("user_id","id");--> statement-breakpoint
ALTER TABLE "massage_sessions" ADD CONSTRAINT "massage_sessions_episode_fk" FOREIGN KEY ("user_id","episode_id") REFERENCES "public"."episodes"("user_id","id") ON DELETE SET NULL ("episode_id") ON UPDATE no action DEFERRABLE INITIALLY IMMEDIATE;
