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
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_voucher_id_journal_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."journal_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_close_id_period_closes_id_fk" FOREIGN KEY ("close_id") REFERENCES "public"."period_closes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "settlements_customer_idx" ON "settlements" USING btree ("customer_id");