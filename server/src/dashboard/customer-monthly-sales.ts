// A customer's net sales per month of one year beside the year before,
// from the monthly sales aggregate.
import { Dec } from '@tierline/engine';
import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { customerInScope } from './customer-in-scope.js';
import type { CustomerMonthlySales } from './dashboard-schemas.js';

interface Row {
  year: number;
  month: number;
  netAmount: string;
}

export async function customerMonthlySales(
  store: Store,
  customerCode: string,
  year: number,
  scope: DataScope,
): Promise<CustomerMonthlySales> {
  return store.transaction(async (connection) => {
    const customer = await customerInScope(connection, customerCode, scope);
    const rows = await connection.query<Row>(
      `select extract(year from month)::int as year,
              extract(month from month)::int as month,
              net_amount::text as "netAmount"
         from sales_monthly
        where customer_id = $1
          and month >= make_date($2::int - 1, 1, 1)
          and month < make_date($2::int + 1, 1, 1)`,
      [customer.id, year],
    );

    const amountOf = (inYear: number, month: number) => {
      const row = rows.find((r) => r.year === inYear && r.month === month);
      return Dec.of(row?.netAmount ?? '0')
        .round(2, 'half_up')
        .toString();
    };
    return {
      customerCode: customer.code,
      year,
      months: Array.from({ length: 12 }, (_, index) => ({
        month: index + 1,
        netSales: amountOf(year, index + 1),
        lastYear: amountOf(year - 1, index + 1),
      })),
    };
  });
}
