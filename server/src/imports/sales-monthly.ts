// Keeps the derived monthly sales (table sales_monthly) in step with the
// facts: one set-based upsert per committed sales batch, from the batch's
// own lines, in the batch's transaction. Only CNY lines are summed, the one
// currency the console shows; lines of other currencies count in no month.
import type { Connection } from '../db/database.js';

/** Adds a committed batch's lines to the monthly sums of their customers. */
export async function addBatchToSalesMonthly(
  connection: Connection,
  batchId: number,
): Promise<void> {
  await connection.query(
    `insert into sales_monthly as m
       (customer_id, month, net_amount, quantity, line_count)
     select customer_id, date_trunc('month', invoice_date)::date,
            sum(net_amount), sum(quantity), count(*)::int
       from sales_lines
      where batch_id = $1 and currency = 'CNY'
      group by 1, 2
     on conflict (customer_id, month) do update
        set net_amount = m.net_amount + excluded.net_amount,
            quantity = m.quantity + excluded.quantity,
            line_count = m.line_count + excluded.line_count`,
    [batchId],
  );
}
