// Accrued and projected per program within the caller's scope, with each
// program's budget: one aggregate over the accrual rows.
import { Dec, sumDec } from '@tierline/engine';
import { customerScopeSql, sqlParams, type DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import { accruedSql, projectedSql } from './accrual-figures.js';
import type { Dashboard, ProgramFigures } from './dashboard-schemas.js';

/**
 * Every program with accrual rows in scope, and every active program (with
 * zeros when none of the caller's customers accrue in it). The budget is
 * that of the version in force at `asOf` (the newest version before the
 * program has an approved one).
 */
export async function programFigures(
  connection: Connection,
  scope: DataScope,
  asOf: string,
): Promise<ProgramFigures[]> {
  const { params, param } = sqlParams([asOf]);
  const inScope = customerScopeSql(scope, param, {
    id: 'c.id',
    salesRep: 'c.sales_rep',
  });

  return connection.query<ProgramFigures>(
    `with sums as (
       select a.program_code, sum(${accruedSql}) as accrued,
              sum(${projectedSql}) as projected
         from accruals a join customers c on c.id = a.customer_id
        where ${inScope} and a.period_start <= $1::date
        group by a.program_code
     )
     select p.code, p.name, p.status, round(b.budget, 2)::text as budget,
            round(coalesce(s.accrued, 0), 2)::text as accrued,
            round(coalesce(s.projected, 0), 2)::text as projected,
            case when b.budget > 0
                 then round(coalesce(s.projected, 0) * 100 / b.budget, 2)::text
            end as "budgetUsedPct"
       from programs p
       left join sums s on s.program_code = p.code
       left join lateral (
         select nullif(v.definition ->> 'budget', '')::numeric as budget
           from program_versions v
          where v.program_id = p.id
          order by (v.status = 'approved' and v.effective_from <= $1::date) desc,
                   v.effective_from desc, v.version desc
          limit 1
       ) b on true
      where s.program_code is not null or p.status = 'active'
      order by p.code`,
    params,
  );
}

/** The totals row: sums of the programs' figures, exact. */
export function totalsOf(
  programs: readonly ProgramFigures[],
): Dashboard['totals'] {
  const budgets = programs.flatMap((program) =>
    program.budget === null ? [] : [Dec.of(program.budget)],
  );

  return {
    accrued: sumDec(programs.map((p) => Dec.of(p.accrued)))
      .round(2, 'half_up')
      .toString(),
    projected: sumDec(programs.map((p) => Dec.of(p.projected)))
      .round(2, 'half_up')
      .toString(),
    budget:
      budgets.length === 0
        ? null
        : sumDec(budgets).round(2, 'half_up').toString(),
  };
}
