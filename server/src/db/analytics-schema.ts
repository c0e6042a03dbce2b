import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { money } from './columns.js';

// Derived figures for the console's charts, never facts: each is kept in the
// transaction that stores the facts it sums, and can be rebuilt from them.

/**
 * Net sales per customer and calendar month (DESIGN §4.3 rule 4: Σ
 * net_amount, returns negative), over the CNY lines by invoice date. Every
 * committed sales batch adds its own lines here in its own transaction
 * (imports/sales-monthly.ts), so it always equals a GROUP BY over
 * `sales_lines` and the dashboard never scans the lines.
 */
export const salesMonthly = pgTable(
  'sales_monthly',
  {
    customerId: integer('customer_id').notNull(),
    /** The first day of the month. */
    month: date('month').notNull(),
    netAmount: money('net_amount').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 4 }).notNull(),
    lineCount: integer('line_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.month] }),
    index('sales_monthly_month_idx').on(t.month),
  ],
);
