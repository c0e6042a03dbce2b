CREATE TABLE "sales_monthly" (
	"customer_id" integer NOT NULL,
	"month" date NOT NULL,
	"net_amount" numeric(18, 2) NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"line_count" integer NOT NULL,
	CONSTRAINT "sales_monthly_customer_id_month_pk" PRIMARY KEY("customer_id","month")
);
--> statement-breakpoint
CREATE INDEX "sales_monthly_month_idx" ON "sales_monthly" USING btree ("month");--> statement-breakpoint
-- Backfill from the lines already stored: the same sums the imports add
-- batch by batch (src/imports/sales-monthly.ts).
INSERT INTO "sales_monthly" ("customer_id", "month", "net_amount", "quantity", "line_count")
SELECT "customer_id", date_trunc('month', "invoice_date")::date,
       sum("net_amount"), sum("quantity"), count(*)::int
  FROM "sales_lines"
 WHERE "currency" = 'CNY'
 GROUP BY 1, 2;
