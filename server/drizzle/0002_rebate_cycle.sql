CREATE TABLE "accrual_dirty" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"program_code" text,
	"customer_id" integer,
	"product_id" integer,
	"month" date,
	"paid_month" date,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accruals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"program_version" integer NOT NULL,
	"customer_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"open" boolean NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"as_of" date NOT NULL,
	"measure" numeric,
	"tier" integer NOT NULL,
	"exact" numeric NOT NULL,
	"rebate" numeric(18, 2) NOT NULL,
	"forecast_method" text,
	"forecast_measure" numeric,
	"forecast_tier" integer,
	"forecast_rebate" numeric(18, 2),
	"accrual_at" text NOT NULL,
	"accrued_amount" numeric(18, 2) NOT NULL,
	"adjustments_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"result" jsonb NOT NULL,
	"calculated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"voucher_id" bigint NOT NULL,
	"line_no" integer NOT NULL,
	"account_code" text NOT NULL,
	"account_role" text NOT NULL,
	"debit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"credit" numeric(18, 2) DEFAULT '0' NOT NULL,
	"customer_id" integer,
	"program_code" text,
	"period_start" date,
	"memo" text DEFAULT '' NOT NULL,
	CONSTRAINT "journal_lines_one_side" CHECK ("journal_lines"."debit" >= 0 and "journal_lines"."credit" >= 0
        and ("journal_lines"."debit" = 0) <> ("journal_lines"."credit" = 0))
);
--> statement-breakpoint
CREATE TABLE "journal_vouchers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"voucher_year" integer NOT NULL,
	"voucher_no" integer NOT NULL,
	"voucher_date" date NOT NULL,
	"kind" text NOT NULL,
	"program_code" text,
	"customer_id" integer,
	"period_start" date,
	"memo" text NOT NULL,
	"source" text NOT NULL,
	"booked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_vouchers_no_positive" CHECK ("journal_vouchers"."voucher_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "period_closes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"as_of" date NOT NULL,
	"closed_by" text NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "settlement_adjustments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"customer_id" integer NOT NULL,
	"corrects_period_start" date NOT NULL,
	"applied_period_start" date,
	"amount" numeric(18, 2) NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"voucher_id" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"close_id" bigint NOT NULL,
	"program_code" text NOT NULL,
	"program_version" integer NOT NULL,
	"customer_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"rebate" numeric(18, 2) NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "balance_credits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payout_id" bigint NOT NULL,
	"customer_id" integer NOT NULL,
	"program_code" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"released_on" date NOT NULL,
	"valid_until" date,
	"min_order_amount" numeric(18, 2),
	"max_order_share_pct" numeric,
	"account_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "balance_credits_amount_positive" CHECK ("balance_credits"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "balance_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"credit_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"order_id" bigint,
	"moved_on" date NOT NULL,
	"voucher_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "balance_movements_amount_positive" CHECK ("balance_movements"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "balance_orders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_no" text NOT NULL,
	"customer_id" integer NOT NULL,
	"order_date" date NOT NULL,
	"order_amount" numeric(18, 2) NOT NULL,
	"drawn_amount" numeric(18, 2) NOT NULL,
	"result" jsonb NOT NULL,
	"voucher_id" bigint,
	"presented_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"customer_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"claimed_amount" numeric(18, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"approved_amount" numeric(18, 2),
	"decision_reason" text,
	"claimed_by" text NOT NULL,
	"claimed_by_user_id" integer,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_by_user_id" integer,
	"decided_at" timestamp with time zone,
	CONSTRAINT "claims_claimed_positive" CHECK ("claims"."claimed_amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "payout_periods" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payout_id" bigint NOT NULL,
	"program_code" text NOT NULL,
	"customer_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	CONSTRAINT "payout_periods_amount_positive" CHECK ("payout_periods"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program_code" text NOT NULL,
	"customer_id" integer NOT NULL,
	"form" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"claim_id" bigint,
	"status" text DEFAULT 'created' NOT NULL,
	"details" jsonb NOT NULL,
	"memo" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_by" text,
	"released_by_user_id" integer,
	"released_at" timestamp with time zone,
	"released_on" date,
	"voucher_id" bigint,
	CONSTRAINT "payouts_amount_positive" CHECK ("payouts"."amount" > 0)
);
--> statement-breakpoint
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
ALTER TABLE "targets" ADD COLUMN "agreement_id" bigint;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_voucher_id_journal_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."journal_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_close_id_period_closes_id_fk" FOREIGN KEY ("close_id") REFERENCES "public"."period_closes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_credits" ADD CONSTRAINT "balance_credits_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_movements" ADD CONSTRAINT "balance_movements_credit_id_balance_credits_id_fk" FOREIGN KEY ("credit_id") REFERENCES "public"."balance_credits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_movements" ADD CONSTRAINT "balance_movements_order_id_balance_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."balance_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_periods" ADD CONSTRAINT "payout_periods_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accrual_dirty_source_idx" ON "accrual_dirty" USING btree ("source");--> statement-breakpoint
CREATE UNIQUE INDEX "accruals_program_customer_period_key" ON "accruals" USING btree ("program_code","customer_id","period_start");--> statement-breakpoint
CREATE INDEX "accruals_customer_idx" ON "accruals" USING btree ("customer_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_lines_voucher_line_key" ON "journal_lines" USING btree ("voucher_id","line_no");--> statement-breakpoint
CREATE INDEX "journal_lines_key_idx" ON "journal_lines" USING btree ("program_code","customer_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_vouchers_year_no_key" ON "journal_vouchers" USING btree ("voucher_year","voucher_no");--> statement-breakpoint
CREATE INDEX "journal_vouchers_date_idx" ON "journal_vouchers" USING btree ("voucher_date");--> statement-breakpoint
CREATE UNIQUE INDEX "period_closes_program_period_key" ON "period_closes" USING btree ("program_code","period_start");--> statement-breakpoint
CREATE INDEX "settlement_adjustments_corrects_idx" ON "settlement_adjustments" USING btree ("program_code","customer_id","corrects_period_start");--> statement-breakpoint
CREATE INDEX "settlement_adjustments_applied_idx" ON "settlement_adjustments" USING btree ("program_code","customer_id","applied_period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_program_customer_period_key" ON "settlements" USING btree ("program_code","customer_id","period_start");--> statement-breakpoint
CREATE INDEX "settlements_customer_idx" ON "settlements" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "agreement_documents_agreement_idx" ON "agreement_documents" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_one_live_key" ON "agreements" USING btree ("program_code","customer_id") WHERE "agreements"."status" <> 'terminated';--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_program_customer_id_key" ON "agreements" USING btree ("id","program_code","customer_id");--> statement-breakpoint
CREATE INDEX "agreements_customer_idx" ON "agreements" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "balance_credits_payout_key" ON "balance_credits" USING btree ("payout_id");--> statement-breakpoint
CREATE INDEX "balance_credits_customer_idx" ON "balance_credits" USING btree ("customer_id","valid_until");--> statement-breakpoint
CREATE INDEX "balance_movements_credit_idx" ON "balance_movements" USING btree ("credit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "balance_movements_one_expiry_key" ON "balance_movements" USING btree ("credit_id") WHERE kind = 'expiry';--> statement-breakpoint
CREATE UNIQUE INDEX "balance_orders_order_no_key" ON "balance_orders" USING btree ("order_no");--> statement-breakpoint
CREATE INDEX "balance_orders_customer_idx" ON "balance_orders" USING btree ("customer_id","order_date");--> statement-breakpoint
CREATE INDEX "claims_customer_idx" ON "claims" USING btree ("customer_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_submitted_key" ON "claims" USING btree ("program_code","customer_id","period_start") WHERE status = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "payout_periods_payout_period_key" ON "payout_periods" USING btree ("payout_id","period_start");--> statement-breakpoint
CREATE INDEX "payout_periods_key_idx" ON "payout_periods" USING btree ("program_code","customer_id","period_start");--> statement-breakpoint
CREATE INDEX "payouts_customer_idx" ON "payouts" USING btree ("customer_id","program_code");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_claim_key" ON "payouts" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_statement_no_key" ON "statements" USING btree ("statement_no");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_one_issued_key" ON "statements" USING btree ("program_code","customer_id","period_start") WHERE not "statements"."preview";--> statement-breakpoint
CREATE INDEX "statements_customer_idx" ON "statements" USING btree ("customer_id","period_start");--> statement-breakpoint
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