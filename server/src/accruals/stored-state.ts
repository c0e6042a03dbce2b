// What the store already holds for the affected programs, per row: the
// accrual row, what the journal booked for it, its settlement and the
// adjustments that already correct it.
import type { Connection } from '../db/database.js';
import { keyOf, type StaleKey } from './compute-figures.js';

export interface StoredRow {
  key: StaleKey;
  /** True when an accruals row exists. */
  hasAccrual: boolean;
  /** Σ credit − debit on the liability of the row's accrual vouchers. */
  booked: string;
  settlement: string | null;
  /** Σ adjustments from facts correcting this (closed) period. */
  corrected: string;
}

interface Row {
  programCode: string;
  customerId: number;
  periodStart: string;
  hasAccrual: boolean;
  booked: string;
  settlement: string | null;
  corrected: string;
}

/**
 * The rows of the affected programs: every customer's of a program in
 * `everyCustomer`, only the given customers' of the others.
 */
export interface StoredStateScope {
  everyCustomer: readonly string[];
  /** Program code and customer id, pair by pair. */
  pairs: readonly { programCode: string; customerId: number }[];
}

export async function storedState(
  connection: Connection,
  scope: StoredStateScope,
): Promise<Map<string, StoredRow>> {
  const rows = await connection.query<Row>(
    `with pairs as (
       select * from unnest($2::text[], $3::int[]) as p(program_code, customer_id)
     ), keys as (
       select program_code, customer_id, period_start from accruals
        where program_code = any($1::text[])
       union
       select a.program_code, a.customer_id, a.period_start
         from pairs p
         join accruals a using (program_code, customer_id)
       union
       select l.program_code, l.customer_id, l.period_start
         from journal_lines l
        where l.program_code = any($1::text[]) and l.customer_id is not null
          and l.period_start is not null
       union
       select l.program_code, l.customer_id, l.period_start
         from pairs p
         join journal_lines l using (program_code, customer_id)
        where l.period_start is not null
     )
     select k.program_code as "programCode", k.customer_id as "customerId",
            k.period_start::text as "periodStart",
            exists (select from accruals a
                     where a.program_code = k.program_code
                       and a.customer_id = k.customer_id
                       and a.period_start = k.period_start) as "hasAccrual",
            (select coalesce(sum(l.credit - l.debit), 0)::text
               from journal_lines l
               join journal_vouchers v on v.id = l.voucher_id
              where v.kind = 'accrual' and l.account_role = 'liability'
                and l.program_code = k.program_code
                and l.customer_id = k.customer_id
                and l.period_start = k.period_start) as booked,
            (select s.rebate::text from settlements s
              where s.program_code = k.program_code
                and s.customer_id = k.customer_id
                and s.period_start = k.period_start) as settlement,
            (select coalesce(sum(j.amount), 0)::text
               from settlement_adjustments j
              where j.program_code = k.program_code
                and j.customer_id = k.customer_id
                and j.corrects_period_start = k.period_start
                -- A resolved dispute is owed on top of what the facts earn;
                -- counting it here would book it back at the next refresh.
                and j.source <> 'dispute') as corrected
       from keys k`,
    [
      scope.everyCustomer,
      scope.pairs.map((pair) => pair.programCode),
      scope.pairs.map((pair) => pair.customerId),
    ],
  );

  return new Map(
    rows.map((row) => {
      const key = {
        programCode: row.programCode,
        customerId: row.customerId,
        periodStart: row.periodStart,
      };
      return [keyOf(key), { ...row, key }];
    }),
  );
}
