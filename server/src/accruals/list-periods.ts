// The settlement periods that hold accruals, one row per program × period,
// with their customers and accrued sum counted within the caller's data
// scope: a sales rep's row sums their own customers only.
import { allData, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import { accrualFilter } from './list-accruals.js';

export const periodStates = ['open', 'ended', 'closed'] as const;
export type PeriodState = (typeof periodStates)[number];

export interface PeriodListQuery {
  program?: string;
  state?: PeriodState;
  limit?: number;
  offset?: number;
}

export interface PeriodView {
  programCode: string;
  programName: string;
  periodStart: string;
  periodEnd: string;
  /**
   * `closed` once an approver closed it; else `open` while the period runs
   * as of the last refresh, `ended` when it has ended and awaits its close.
   */
  state: PeriodState;
  customers: number;
  /** Σ accrued amount of the customers in scope. */
  accrued: string;
  closeId: number | null;
  closedAt: string | null;
  closedBy: string | null;
}

export async function listPeriods(
  connection: Connection,
  query: PeriodListQuery,
  scope: DataScope = allData,
): Promise<{ items: PeriodView[]; total: number }> {
  const filter = accrualFilter(scope, query.program);

  const stateFilter = query.state
    ? `where state = ${filter.param(query.state)}`
    : '';
  const periods = `with periods as (
      select a.program_code as "programCode",
             coalesce(p.name, a.program_code) as "programName",
             a.period_start::text as "periodStart",
             max(a.period_end)::text as "periodEnd",
             case when pc.id is not null then 'closed'
                  when bool_or(a.open) then 'open'
                  else 'ended' end as state,
             count(*)::int as customers,
             coalesce(sum(a.accrued_amount), 0)::numeric(18,2)::text
               as accrued,
             pc.id::int as "closeId",
             to_char(pc.closed_at at time zone 'UTC',
                     'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "closedAt",
             pc.closed_by as "closedBy"
        from accruals a
        join customers c on c.id = a.customer_id
        left join programs p on p.code = a.program_code
        left join period_closes pc
          on pc.program_code = a.program_code
         and pc.period_start = a.period_start
       ${filter.clause()}
       group by a.program_code, p.name, a.period_start, pc.id, pc.closed_at,
                pc.closed_by
    )`;

  const items = await connection.query<PeriodView>(
    `${periods} select * from periods ${stateFilter}
      order by "periodStart" desc, "programCode" ${filter.page(query)}`,
    filter.params,
  );
  const [counted] = await connection.query<{ total: number }>(
    `${periods} select count(*)::int as total from periods ${stateFilter}`,
    filter.params,
  );

  return { items, total: counted?.total ?? 0 };
}
