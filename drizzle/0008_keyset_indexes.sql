DROP INDEX "checkins_user_date_idx";--> statement-breakpoint
DROP INDEX "episodes_user_started_idx";--> statement-breakpoint
DROP INDEX "massage_sessions_user_started_idx";--> statement-breakpoint
CREATE INDEX "checkins_user_date_id_idx" ON "checkins" USING btree ("user_id","date","id");--> statement-breakpoint
CREATE INDEX "episodes_user_started_id_idx" ON "episodes" USING btree ("user_id","started_at","id");--> statement-breakpoint
CREATE INDEX "massage_sessions_user_started_id_idx" ON "massage_sessions" USING btree ("user_id","started_at","id");