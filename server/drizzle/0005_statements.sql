CREATE TABLE "statements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"statement_no" text NOT NULL,
	"customer_id" integer NOT NULL,
	"program_code" text NOT NULL,
	"program_version" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"preview" boolean NOT NULL,
	"status" text NOT NULL,
	"owed_amount" numeric(18, 2) NOT NULL,
	"document" jsonb NOT NULL,
	"issued_by" text NOT NULL,
	"issued_by_user_id" integer,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"dispute_comment" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"resolution_reason" text,
	"adjustment_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_preview_status" CHECK ("statements"."preview" = ("statements"."status" = 'preview')),
	CONSTRAINT "statements_dispute_comment" CHECK ("statements"."status" not in ('disputed', 'adjusted', 'rejected')
        or "statements"."dispute_comment" <> ''),
	CONSTRAINT "statements_rejection_reason" CHECK ("statements"."status" <> 'rejected' or "statements"."resolution_reason" <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "statements_statement_no_key" ON "statements" USING btree ("statement_no");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_one_issued_key" ON "statements" USING btree ("program_code","customer_id","period_start") WHERE not "statements"."preview";--> statement-breakpoint
CREATE INDEX "statements_customer_idx" ON "statements" USING btree ("customer_id","period_start");