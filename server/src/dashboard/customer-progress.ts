// A customer's progress in each of its programs: the current accrual rows,
// newest periods first, with the next tier from the stored engine result.
import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { CustomerProgress, ProgressItem } from './dashboard-schemas.js';
import { customerInScope } from './customer-in-scope.js';

interface Row extends Omit<ProgressItem, 'next'> {
  next: unknown;
}

export async function customerProgress(
  store: Store,
  customerCode: string,
  scope: DataScope,
): Promise<CustomerProgress> {
  return store.transaction(async (connection) => {
    const customer = await customerInScope(connection, customerCode, scope);

    // progressPct: measure / next.from × 100 rounded half up, then clamped.
    const rows = await connection.query<Row>(
      `select a.program_code as "programCode", p.name as "programName",
              a.period_start::text as "periodStart",
              a.period_end::text as "periodEnd", a.open, a.closed,
              coalesce(a.result -> 'explanation' ->> 'measureKind', '')
                as "measureKind",
              a.measure::text as measure, a.tier,
              coalesce(jsonb_array_length(v.definition -> 'tiers'), 0)
                as "tierCount",
              a.rebate::text as rebate,
              a.forecast_rebate::text as "forecastRebate",
              a.result -> 'next' as next,
              least(greatest(round(a.measure * 100 / nullif(
                (a.result -> 'next' ->> 'from')::numeric, 0), 2), 0.00),
                100.00)::text as "progressPct"
         from accruals a
         join programs p on p.code = a.program_code
         left join program_versions v
           on v.program_id = p.id and v.version = a.program_version
        where a.customer_id = $1
        order by a.period_start desc, a.program_code`,
      [customer.id],
    );

    return {
      customerCode: customer.code,
      items: rows.map((row) => {
        const next = nextTierOf(row.next);
        return { ...row, next, progressPct: next ? row.progressPct : null };
      }),
    };
  });
}

/** The stored result's `next` (engine NextTier), or null. */
function nextTierOf(value: unknown): ProgressItem['next'] {
  if (typeof value !== 'object' || value === null) return null;
  const next = value as Record<string, unknown>;
  const text = (key: string) =>
    typeof next[key] === 'string' ? next[key] : null;
  const from = text('from');
  const gap = text('gap');
  const rebate = text('rebate');
  if (typeof next.tier !== 'number' || !from || !gap || !rebate) return null;

  return { tier: next.tier, from, gap, gapAmount: text('gapAmount'), rebate };
}
