// The customers nearest their next tier: from the open periods' stored
// engine results (accruals.result, a RebateResult), the `next` tier with
// the smallest gap relative to its threshold first.
import { customerScopeSql, sqlParams, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import type { NextTierCandidate } from './dashboard-schemas.js';

export async function closestToNextTier(
  connection: Connection,
  scope: DataScope,
  asOf: string,
  limit = 10,
): Promise<NextTierCandidate[]> {
  const { params, param } = sqlParams([asOf, limit]);
  const inScope = customerScopeSql(scope, param, {
    id: 'c.id',
    salesRep: 'c.sales_rep',
  });

  return connection.query<NextTierCandidate>(
    `select a.program_code as "programCode", p.name as "programName",
            c.code as "customerCode", c.name as "customerName",
            a.period_start::text as "periodStart",
            a.period_end::text as "periodEnd",
            coalesce(a.result -> 'explanation' ->> 'measureKind', '')
              as "measureKind",
            a.measure::text as measure, a.tier,
            (n.next ->> 'tier')::int as "nextTier",
            n.next ->> 'from' as "from", n.next ->> 'gap' as gap,
            n.next ->> 'gapAmount' as "gapAmount",
            ((n.next ->> 'rebate')::numeric - a.rebate)::text
              as "extraRebate"
       from accruals a
       join customers c on c.id = a.customer_id
       join programs p on p.code = a.program_code
      cross join lateral (select a.result -> 'next' as next) n
      where ${inScope} and a.open and not a.closed
        and a.period_start <= $1::date and a.measure is not null
        and jsonb_typeof(n.next) = 'object'
      order by (n.next ->> 'gap')::numeric
                 / nullif(abs((n.next ->> 'from')::numeric), 0) nulls last,
               c.code, a.program_code, a.period_start
      limit $2`,
    params,
  );
}
