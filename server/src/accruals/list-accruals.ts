// The current accrual figures, filtered and paged, within the caller's data
// scope: a sales rep sees their customers' rows, a customer user its own.
import { allData, customerScopeSql, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { AccrualBasis } from '../db/accrual-schema.js';
import { SqlFilter } from '../db/sql-filter.js';

export interface AccrualListQuery {
  program?: string;
  /** A customer code. */
  customer?: string;
  /** A period start, YYYY-MM-DD. */
  period?: string;
  /** true: periods still running; false: periods that have ended. */
  open?: boolean;
  closed?: boolean;
  limit?: number;
  offset?: number;
}

export interface AccrualView {
  programCode: string;
  programVersion: number;
  customerCode: string;
  customerName: string;
  periodStart: string;
  periodEnd: string;
  open: boolean;
  closed: boolean;
  asOf: string;
  measure: string | null;
  tier: number;
  exact: string;
  rebate: string;
  forecast: {
    method: string;
    measure: string | null;
    tier: number;
    rebate: string;
  } | null;
  accrualAt: AccrualBasis;
  accruedAmount: string;
  adjustmentsAmount: string;
  calculatedAt: string;
}

interface Row extends Omit<AccrualView, 'forecast'> {
  forecastMethod: string | null;
  forecastMeasure: string | null;
  forecastTier: number | null;
  forecastRebate: string | null;
}

export async function listAccruals(
  connection: Connection,
  query: AccrualListQuery,
  scope: DataScope = allData,
): Promise<{ items: AccrualView[]; total: number }> {
  const filter = accrualFilter(scope, query.program);
  if (query.customer) filter.where(`c.code = ${filter.param(query.customer)}`);
  if (query.period) {
    filter.where(`a.period_start = ${filter.param(query.period)}::date`);
  }
  if (query.open !== undefined) {
    filter.where(`a.open = ${filter.param(query.open)}`);
  }
  if (query.closed !== undefined) {
    filter.where(`a.closed = ${filter.param(query.closed)}`);
  }

  const from = 'from accruals a join customers c on c.id = a.customer_id';
  const rows = await connection.query<Row>(
    `select a.program_code as "programCode",
            a.program_version as "programVersion",
            c.code as "customerCode", c.name as "customerName",
            a.period_start::text as "periodStart",
            a.period_end::text as "periodEnd", a.open, a.closed,
            a.as_of::text as "asOf", a.measure::text as measure, a.tier,
            a.exact::text as exact, a.rebate::text as rebate,
            a.forecast_method as "forecastMethod",
            a.forecast_measure::text as "forecastMeasure",
            a.forecast_tier as "forecastTier",
            a.forecast_rebate::text as "forecastRebate",
            a.accrual_at as "accrualAt",
            a.accrued_amount::text as "accruedAmount",
            a.adjustments_amount::text as "adjustmentsAmount",
            to_char(a.calculated_at at time zone 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "calculatedAt"
       ${from} ${filter.clause()}
      order by a.program_code, c.code, a.period_start ${filter.page(query)}`,
    filter.params,
  );
  const [counted] = await connection.query<{ total: number }>(
    `select count(*)::int as total ${from} ${filter.clause()}`,
    filter.params,
  );

  return { items: rows.map(toView), total: counted?.total ?? 0 };
}

function toView(row: Row): AccrualView {
  const { forecastMethod, forecastMeasure, forecastTier, forecastRebate } = row;
  const {
    forecastMethod: _method,
    forecastMeasure: _measure,
    forecastTier: _tier,
    forecastRebate: _rebate,
    ...rest
  } = row;

  return {
    ...rest,
    forecast:
      forecastMethod === null ||
      forecastTier === null ||
      forecastRebate === null
        ? null
        : {
            method: forecastMethod,
            measure: forecastMeasure,
            tier: forecastTier,
            rebate: forecastRebate,
          },
  };
}

/**
 * Conditions on accruals `a` joined to customers `c`: the caller's customers,
 * and one program when given.
 */
export function accrualFilter(
  scope: DataScope,
  programCode: string | undefined,
): SqlFilter {
  const filter = new SqlFilter();
  filter.where(
    customerScopeSql(scope, (value) => filter.param(value), {
      id: 'c.id',
      salesRep: 'c.sales_rep',
    }),
  );
  if (programCode) {
    filter.where(`a.program_code = ${filter.param(programCode)}`);
  }
  return filter;
}
