// Writes the refreshed figures into `accruals` in one statement per kind of
// change: upserts of fresh results, removal of rows that no longer have one
// (a customer left the scope), and the adjustments owed in each period.
import type { Program, RebateResult } from '@tierline/engine';
import type { Connection } from '../db/database.js';
import type { StaleKey } from './compute-figures.js';

export interface FreshRow {
  key: StaleKey;
  version: number;
  program: Program;
  result: RebateResult;
  closed: boolean;
  /** What the journal should hold for the row (see accruals.accrued_amount). */
  accruedAmount: string;
}

/** The amount a program accrues for a result (DESIGN §4.2 `accrual.at`). */
export function accruedAmountOf(
  program: Program,
  result: RebateResult,
): string {
  const forecast =
    program.accrual.at === 'forecast' && result.period.open
      ? result.forecast
      : null;

  return forecast?.rebate ?? result.rebate;
}

/** Rows per statement: each carries its engine result, explanation included. */
const UPSERT_SLICE_ROWS = 2_000;

export async function upsertAccruals(
  connection: Connection,
  rows: readonly FreshRow[],
  asOf: string,
): Promise<void> {
  for (let first = 0; first < rows.length; first += UPSERT_SLICE_ROWS) {
    await upsertSlice(
      connection,
      rows.slice(first, first + UPSERT_SLICE_ROWS),
      asOf,
    );
  }
}

async function upsertSlice(
  connection: Connection,
  rows: readonly FreshRow[],
  asOf: string,
): Promise<void> {
  const records = rows.map(
    ({ key, version, program, result, closed, accruedAmount }) => ({
      program_code: key.programCode,
      program_version: version,
      customer_id: key.customerId,
      period_start: key.periodStart,
      period_end: result.period.end,
      open: result.period.open,
      closed,
      measure: result.measure,
      tier: result.tier,
      exact: result.exact,
      rebate: result.rebate,
      forecast_method: result.forecast?.method ?? null,
      forecast_measure: result.forecast?.measure ?? null,
      forecast_tier: result.forecast?.tier ?? null,
      forecast_rebate: result.forecast?.rebate ?? null,
      accrual_at: program.accrual.at,
      accrued_amount: accruedAmount,
      result,
    }),
  );

  await connection.query(
    `insert into accruals (program_code, program_version, customer_id,
       period_start, period_end, open, closed, as_of, measure, tier, exact,
       rebate, forecast_method, forecast_measure, forecast_tier,
       forecast_rebate, accrual_at, accrued_amount, result, calculated_at)
     select r.program_code, r.program_version, r.customer_id, r.period_start,
            r.period_end, r.open, r.closed, $2::date, r.measure, r.tier,
            r.exact, r.rebate, r.forecast_method, r.forecast_measure,
            r.forecast_tier, r.forecast_rebate, r.accrual_at,
            r.accrued_amount, r.result, now()
       from jsonb_to_recordset($1::jsonb) as r(
              program_code text, program_version int, customer_id int,
              period_start date, period_end date, open boolean,
              closed boolean, measure numeric, tier int, exact numeric,
              rebate numeric, forecast_method text, forecast_measure numeric,
              forecast_tier int, forecast_rebate numeric, accrual_at text,
              accrued_amount numeric, result jsonb)
     on conflict (program_code, customer_id, period_start) do update set
       program_version = excluded.program_version,
       period_end = excluded.period_end, open = excluded.open,
       closed = excluded.closed, as_of = excluded.as_of,
       measure = excluded.measure, tier = excluded.tier,
       exact = excluded.exact, rebate = excluded.rebate,
       forecast_method = excluded.forecast_method,
       forecast_measure = excluded.forecast_measure,
       forecast_tier = excluded.forecast_tier,
       forecast_rebate = excluded.forecast_rebate,
       accrual_at = excluded.accrual_at,
       accrued_amount = excluded.accrued_amount,
       result = excluded.result, calculated_at = excluded.calculated_at`,
    [JSON.stringify(records), asOf],
  );
}

/** Removes rows of periods not closed that no longer have a result. */
export async function removeAccruals(
  connection: Connection,
  keys: readonly StaleKey[],
): Promise<void> {
  if (keys.length === 0) return;

  await connection.query(
    `delete from accruals a
      using jsonb_to_recordset($1::jsonb)
            as k(program_code text, customer_id int, period_start date)
      where a.program_code = k.program_code
        and a.customer_id = k.customer_id
        and a.period_start = k.period_start and not a.closed`,
    [JSON.stringify(keys.map(snakeKey))],
  );
}

/** Sets each touched customer's adjustments owed per period. */
export async function refreshAdjustmentAmounts(
  connection: Connection,
  keys: readonly StaleKey[],
): Promise<void> {
  if (keys.length === 0) return;

  await connection.query(
    `update accruals a
        set adjustments_amount = coalesce((
              select sum(j.amount) from settlement_adjustments j
               where j.program_code = a.program_code
                 and j.customer_id = a.customer_id
                 and j.applied_period_start = a.period_start), 0)
       from (select distinct program_code, customer_id
               from jsonb_to_recordset($1::jsonb)
                    as k(program_code text, customer_id int,
                         period_start date)) k
      where a.program_code = k.program_code
        and a.customer_id = k.customer_id`,
    [JSON.stringify(keys.map(snakeKey))],
  );
}

function snakeKey(key: StaleKey) {
  return {
    program_code: key.programCode,
    customer_id: key.customerId,
    period_start: key.periodStart,
  };
}
