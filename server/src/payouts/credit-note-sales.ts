// The weights of a credit note's VAT split: the customer's net sales of the
// program's product scope and currency over each paid period, by VAT rate.
import {
  Dec,
  matchesProduct,
  type Program,
  type SalesAtVatRate,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';
import { storedMoney } from './amounts.js';

export interface PeriodSpan {
  periodStart: string;
  periodEnd: string;
}

interface ProductSales {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  vatRatePct: string;
  netAmount: string;
}

/**
 * Lines count by invoice date inside each period, as for a net-sales
 * measure. A collections program dates its lines by payment and a
 * `paid_within_days` condition leaves late-paid sales out of its measure;
 * this split counts those sales by invoice date all the same, which can
 * shift the VAT split a little for such programs.
 */
export async function salesByVatRate(
  connection: Connection,
  program: Program,
  customerId: number,
  periods: readonly PeriodSpan[],
): Promise<SalesAtVatRate[]> {
  const rows = await connection.query<ProductSales>(
    `select p.sku, p.name, p.category, p.brand, p.unit,
            p.vat_rate_pct::text as "vatRatePct",
            sum(l.net_amount)::text as "netAmount"
       from sales_lines l
       join products p on p.id = l.product_id
       join unnest($3::date[], $4::date[]) as w(period_start, period_end)
         on l.invoice_date between w.period_start and w.period_end
      where l.customer_id = $1 and l.currency = $2
      group by p.id`,
    [
      customerId,
      program.currency,
      periods.map((period) => period.periodStart),
      periods.map((period) => period.periodEnd),
    ],
  );

  return rows
    .filter((row) =>
      matchesProduct(program.eligibility.products, {
        ...row,
        listPrice: null,
        vatRate: `${row.vatRatePct}%`,
      }),
    )
    .map((row) => ({
      vatRatePct: Dec.of(row.vatRatePct),
      netAmount: storedMoney(row.netAmount),
    }));
}
