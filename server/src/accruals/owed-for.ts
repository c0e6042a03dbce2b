// What a customer is owed for one period of a program: its settlement once
// the period is closed (the current rebate before that), plus the settlement
// adjustments applied in that period (late facts for earlier, closed
// periods). Statements and payouts read this one figure.
import { Dec } from '@tierline/engine';
import type { Connection } from '../db/database.js';

export interface OwedKey {
  programCode: string;
  customerId: number;
  /** YYYY-MM-DD, the (clipped) start of one of the program's periods. */
  periodStart: string;
}

export interface Owed {
  /** True when the period is closed and `rebate` is its settlement. */
  closed: boolean;
  /** The settlement, or the current accrual's rebate; "0.00" with neither. */
  rebate: string;
  /** Σ adjustments applied in this period. */
  adjustments: string;
  /** rebate + adjustments. */
  owed: string;
}

export async function owedFor(
  connection: Connection,
  key: OwedKey,
): Promise<Owed> {
  const params = [key.programCode, key.customerId, key.periodStart];
  const [row] = await connection.query<{
    settlement: string | null;
    accrued: string | null;
    adjustments: string;
  }>(
    `select
       (select rebate::text from settlements
         where program_code = $1 and customer_id = $2
           and period_start = $3::date) as settlement,
       (select rebate::text from accruals
         where program_code = $1 and customer_id = $2
           and period_start = $3::date) as accrued,
       (select coalesce(sum(amount), 0)::numeric(18,2)::text
          from settlement_adjustments
         where program_code = $1 and customer_id = $2
           and applied_period_start = $3::date) as adjustments`,
    params,
  );

  const settlement = row?.settlement ?? null;
  const rebate = Dec.of(settlement ?? row?.accrued ?? '0');
  const adjustments = Dec.of(row?.adjustments ?? '0');

  return {
    closed: settlement !== null,
    rebate: rebate.round(2, 'half_up').toString(),
    adjustments: adjustments.round(2, 'half_up').toString(),
    owed: rebate.plus(adjustments).round(2, 'half_up').toString(),
  };
}
