-- The care-team workspace (decision 0023): clinician role, one-time invites, links kept with the client and mirrored
-- for the clinician, assigned plans, the audit of clinician reads, and the plan a session ran. All keyed by user_id.
CREATE TABLE "assigned_plans" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"plan" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assigned_plans_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_audit_log" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_audit_log_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_invites" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"redeemed_at" timestamp with time zone,
	"redeemed_by" uuid,
	CONSTRAINT "care_invites_user_id_id_pk" PRIMARY KEY("user_id","id"),
	CONSTRAINT "care_invites_code_hash_user_id_unique" UNIQUE("code_hash","user_id")
);
--> statement-breakpoint
CREATE TABLE "care_links" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "care_links_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "clinician_clients" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "clinician_clients_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "massage_sessions" ADD COLUMN "assigned_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "clinician_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assigned_plans" ADD CONSTRAINT "assigned_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_audit_log" ADD CONSTRAINT "care_audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_invites" ADD CONSTRAINT "care_invites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_links" ADD CONSTRAINT "care_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_clients" ADD CONSTRAINT "clinician_clients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_audit_log_user_at_idx" ON "care_audit_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "care_links_user_clinician_idx" ON "care_links" USING btree ("user_id","clinician_id");