// Net sales and rebate cost per month for the customers in scope, from the
// monthly sales aggregate and the accrual rows, never from sales lines.
//
// The rebate cost of a month: each accrual row's projected amount (see
// accrual-figures.ts) is spread over the calendar months its period touches
// in proportion to that customer's net sales in each month; when the
// period's net sales are 0, evenly over its months. A month's shares are
// summed exactly and the total rounded once, half up to the fen. Months
// after the as-of date have no sales yet, so with sales elsewhere in the
// period they get nothing. A clipped period's first or last month counts
// that month's whole sales, the aggregate knowing no days.
import { Dec } from '@tierline/engine';
import { customerScopeSql, sqlParams, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import { projectedSql } from './accrual-figures.js';
import type { DashboardMonth } from './dashboard-schemas.js';
import type { MonthWindow } from './month-window.js';

interface MonthRow {
  month: string;
  amount: string;
}

export async function monthlyFigures(
  connection: Connection,
  scope: DataScope,
  asOf: string,
  window: MonthWindow,
): Promise<DashboardMonth[]> {
  const sales = await monthlySales(connection, scope, window);
  const cost = await monthlyCost(connection, scope, asOf, window);

  const salesOf = new Map(sales.map((row) => [row.month, row.amount]));
  const costOf = new Map(cost.map((row) => [row.month, row.amount]));
  return window.labels.map((month) => {
    const netSales = Dec.of(salesOf.get(month) ?? '0').round(2, 'half_up');
    const rebateCost = Dec.of(costOf.get(month) ?? '0').round(2, 'half_up');

    return {
      month,
      netSales: netSales.toString(),
      rebateCost: rebateCost.toString(),
      sharePct: netSales.isZero()
        ? null
        : rebateCost
            .times(Dec.HUNDRED)
            .dividedBy(netSales)
            .round(2, 'half_up')
            .toString(),
    };
  });
}

const scopeColumns = { id: 'c.id', salesRep: 'c.sales_rep' };

function monthlySales(
  connection: Connection,
  scope: DataScope,
  window: MonthWindow,
): Promise<MonthRow[]> {
  const { params, param } = sqlParams([window.first, window.last]);
  const inScope = customerScopeSql(scope, param, scopeColumns);

  return connection.query<MonthRow>(
    `select to_char(m.month, 'YYYY-MM') as month,
            sum(m.net_amount)::text as amount
       from sales_monthly m join customers c on c.id = m.customer_id
      where ${inScope} and m.month between $1::date and $2::date
      group by m.month`,
    params,
  );
}

function monthlyCost(
  connection: Connection,
  scope: DataScope,
  asOf: string,
  window: MonthWindow,
): Promise<MonthRow[]> {
  const { params, param } = sqlParams([asOf, window.first, window.last]);
  const inScope = customerScopeSql(scope, param, scopeColumns);

  return connection.query<MonthRow>(
    `with rows as (
       select a.id, a.customer_id, ${projectedSql} as projected,
              a.period_start, a.period_end
         from accruals a join customers c on c.id = a.customer_id
        where ${inScope} and a.period_start <= $1::date
          and a.period_end >= $2::date
          and a.period_start < ($3::date + interval '1 month')
     ),
     months as (
       select r.id, r.projected, g.month::date as month,
              coalesce(m.net_amount, 0) as net
         from rows r
        cross join lateral generate_series(
              date_trunc('month', r.period_start::timestamp),
              date_trunc('month', r.period_end::timestamp),
              interval '1 month') as g(month)
         left join sales_monthly m
           on m.customer_id = r.customer_id and m.month = g.month::date
     ),
     shares as (
       select month, projected, net,
              sum(net) over (partition by id) as period_net,
              count(*) over (partition by id) as months
         from months
     )
     select to_char(month, 'YYYY-MM') as month,
            round(sum(case when period_net = 0 then projected / months
                           else projected * net / period_net end), 2)::text
              as amount
       from shares
      where month between $2::date and $3::date
      group by month`,
    params,
  );
}
