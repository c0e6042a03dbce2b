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
ALTER TABLE "balance_credits" ADD CONSTRAINT "balance_credits_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_movements" ADD CONSTRAINT "balance_movements_credit_id_balance_credits_id_fk" FOREIGN KEY ("credit_id") REFERENCES "public"."balance_credits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_movements" ADD CONSTRAINT "balance_movements_order_id_balance_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."balance_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_periods" ADD CONSTRAINT "payout_periods_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE UNIQUE INDEX "payouts_claim_key" ON "payouts" USING btree ("claim_id");