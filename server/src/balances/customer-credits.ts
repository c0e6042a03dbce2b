// The credits of one customer's rebate balance, with what is left of each.
import { Dec, type BalanceCredit } from '@tierline/engine';
import type { Connection } from '../db/database.js';
import { storedMoney } from '../payouts/amounts.js';

export interface StoredCredit extends BalanceCredit {
  payoutId: number;
  amount: Dec;
  releasedOn: string;
  accountCode: string;
}

interface CreditRow {
  id: number;
  payoutId: number;
  programCode: string;
  amount: string;
  remaining: string;
  releasedOn: string;
  validUntil: string | null;
  minOrderAmount: string | null;
  maxOrderSharePct: string | null;
  accountCode: string;
}

export async function customerCredits(
  connection: Connection,
  customerId: number,
): Promise<StoredCredit[]> {
  const rows = await connection.query<CreditRow>(
    `select k.id::int as id, k.payout_id::int as "payoutId",
            k.program_code as "programCode", k.amount::text as amount,
            (k.amount - coalesce(m.moved, 0))::numeric(18,2)::text as remaining,
            k.released_on::text as "releasedOn",
            k.valid_until::text as "validUntil",
            k.min_order_amount::text as "minOrderAmount",
            k.max_order_share_pct::text as "maxOrderSharePct",
            k.account_code as "accountCode"
       from balance_credits k
       left join (select credit_id, sum(amount) as moved
                    from balance_movements group by credit_id) m
         on m.credit_id = k.id
      where k.customer_id = $1
      order by k.id`,
    [customerId],
  );

  return rows.map((row) => ({
    id: row.id,
    payoutId: row.payoutId,
    programCode: row.programCode,
    amount: storedMoney(row.amount),
    remaining: storedMoney(row.remaining),
    releasedOn: row.releasedOn,
    validFrom: row.releasedOn,
    validUntil: row.validUntil,
    accountCode: row.accountCode,
    rules: {
      minOrderAmount:
        row.minOrderAmount === null ? null : storedMoney(row.minOrderAmount),
      maxOrderSharePct:
        row.maxOrderSharePct === null ? null : Dec.of(row.maxOrderSharePct),
    },
  }));
}
