-- Ready to shard by user on Citus (decision 0017, docs/scaling.md). Every user-owned table gets user_id in its
-- primary key, its unique constraints and its foreign keys; no row is rewritten except share_access_log, which gains
-- the user_id of its link. Record ids become unique per user (a global unique index cannot exist on Citus).
-- Emails move their uniqueness to user_emails (distributed by email): a unique email on users (distributed by id)
-- is a constraint Citus cannot enforce.
CREATE TABLE "user_emails" (
	"email" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL
);
--> statement-breakpoint
INSERT INTO "user_emails" ("email", "user_id") SELECT "email", "id" FROM "users" WHERE "email" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_email_unique";--> statement-breakpoint
-- Constraints that depend on the keys being replaced go first.
ALTER TABLE "massage_sessions" DROP CONSTRAINT "massage_sessions_episode_fk";--> statement-breakpoint
ALTER TABLE "share_access_log" DROP CONSTRAINT "share_access_log_share_id_share_links_id_fk";--> statement-breakpoint
ALTER TABLE "episodes" DROP CONSTRAINT "episodes_user_id_id_unique";--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_token_hash_unique";--> statement-breakpoint
ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_id_unique";--> statement-breakpoint
ALTER TABLE "share_links" DROP CONSTRAINT "share_links_token_hash_unique";--> statement-breakpoint
-- The access log belongs to the link's owner: it lives on the owner's shard.
ALTER TABLE "share_access_log" ADD COLUMN "user_id" uuid;--> statement-breakpoint
UPDATE "share_access_log" AS l SET "user_id" = s."user_id" FROM "share_links" AS s WHERE s."id" = l."share_id";--> statement-breakpoint
ALTER TABLE "share_access_log" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_pkey";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_pkey";--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_id_hash_user_id_pk" PRIMARY KEY ("id_hash","user_id");--> statement-breakpoint
ALTER TABLE "checkins" DROP CONSTRAINT "checkins_pkey";--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "episodes" DROP CONSTRAINT "episodes_pkey";--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "massage_sessions" DROP CONSTRAINT "massage_sessions_pkey";--> statement-breakpoint
ALTER TABLE "massage_sessions" ADD CONSTRAINT "massage_sessions_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "recovery_codes" DROP CONSTRAINT "recovery_codes_pkey";--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_code_hash_pk" PRIMARY KEY ("user_id","code_hash");--> statement-breakpoint
ALTER TABLE "schedules" DROP CONSTRAINT "schedules_pkey";--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "share_access_log" DROP CONSTRAINT "share_access_log_pkey";--> statement-breakpoint
ALTER TABLE "share_access_log" ADD CONSTRAINT "share_access_log_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
ALTER TABLE "share_links" DROP CONSTRAINT "share_links_pkey";--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_user_id_id_pk" PRIMARY KEY ("user_id","id");--> statement-breakpoint
-- Secret lookups (cookie, bearer token, share link) find a row by its hash alone: the hash leads the unique key.
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_token_hash_user_id_unique" UNIQUE ("token_hash","user_id");--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_id_unique" UNIQUE ("user_id","id");--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_token_hash_user_id_unique" UNIQUE ("token_hash","user_id");--> statement-breakpoint
ALTER TABLE "massage_sessions" ADD CONSTRAINT "massage_sessions_episode_fk" FOREIGN KEY ("user_id","episode_id") REFERENCES "public"."episodes"("user_id","id") ON DELETE SET NULL ("episode_id") ON UPDATE no action DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "share_access_log" ADD CONSTRAINT "share_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_access_log" ADD CONSTRAINT "share_access_log_user_id_share_id_share_links_user_id_id_fk" FOREIGN KEY ("user_id","share_id") REFERENCES "public"."share_links"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Indexes the new keys make redundant (their leading column is user_id), and the log's index, now per user.
DROP INDEX "api_tokens_user_idx";--> statement-breakpoint
DROP INDEX "auth_sessions_user_idx";--> statement-breakpoint
DROP INDEX "recovery_codes_user_idx";--> statement-breakpoint
DROP INDEX "schedules_user_idx";--> statement-breakpoint
DROP INDEX "share_links_user_idx";--> statement-breakpoint
DROP INDEX "share_access_log_share_idx";--> statement-breakpoint
CREATE INDEX "share_access_log_user_share_idx" ON "share_access_log" USING btree ("user_id","share_id","at");
