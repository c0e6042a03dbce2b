CREATE TABLE "agreement_documents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agreement_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_documents_size" CHECK ("agreement_documents"."size_bytes" = octet_length("agreement_documents"."content"))
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"customer_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"contract_no" text,
	"signed_on" date,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"document_id" bigint,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"created_by" text NOT NULL,
	"created_by_batch_id" bigint,
	"activated_by" text,
	"activated_at" timestamp with time zone,
	"terminated_by" text,
	"terminated_at" timestamp with time zone,
	"termination_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_period_order" CHECK ("agreements"."period_start" <= "agreements"."period_end"),
	CONSTRAINT "agreements_active_complete" CHECK ("agreements"."status" = 'draft' or ("agreements"."contract_no" is not null and
        "agreements"."contract_no" <> '' and "agreements"."signed_on" is not null and
        "agreements"."document_id" is not null)),
	CONSTRAINT "agreements_terminated_reason" CHECK ("agreements"."status" <> 'terminated' or "agreements"."termination_reason" <> '')
);
--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "agreement_id" bigint;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_documents_agreement_idx" ON "agreement_documents" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_one_live_key" ON "agreements" USING btree ("program_code","customer_id") WHERE "agreements"."status" <> 'terminated';--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_program_customer_id_key" ON "agreements" USING btree ("id","program_code","customer_id");--> statement-breakpoint
CREATE INDEX "agreements_customer_idx" ON "agreements" USING btree ("customer_id");--> statement-breakpoint
-- Targets stored before agreements existed each get a draft agreement over
-- their program's term, so every target keeps a home.
INSERT INTO "agreements" ("program_code", "customer_id", "period_start", "period_end", "created_by")
SELECT DISTINCT t."program_code", t."customer_id",
       (v."definition"->'period'->>'start')::date,
       (v."definition"->'period'->>'end')::date, 'migration'
  FROM "targets" t
  JOIN "programs" p ON p."code" = t."program_code"
  JOIN LATERAL (
    SELECT "definition" FROM "program_versions"
     WHERE "program_id" = p."id" ORDER BY "version" DESC LIMIT 1
  ) v ON true;--> statement-breakpoint
UPDATE "targets" t SET "agreement_id" = a."id"
  FROM "agreements" a
 WHERE a."program_code" = t."program_code" AND a."customer_id" = t."customer_id";--> statement-breakpoint
ALTER TABLE "targets" ALTER COLUMN "agreement_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_agreement_fk" FOREIGN KEY ("agreement_id","program_code","customer_id") REFERENCES "public"."agreements"("id","program_code","customer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "targets_agreement_idx" ON "targets" USING btree ("agreement_id");