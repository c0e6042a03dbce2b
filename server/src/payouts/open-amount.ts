// What is still to pay a customer for one closed period of a program:
// settled + adjustments applied in it − payouts for it. A payout counts from
// its creation, so two payouts awaiting release cannot both take the same
// money.
import { Dec } from '@tierline/engine';
import { owedFor } from '../accruals/owed-for.js';
import type { Connection } from '../db/database.js';
import { programOf } from '../programs/program-file.js';
import type { Program } from '@tierline/engine';

export interface PeriodKey {
  programCode: string;
  customerId: number;
  /** YYYY-MM-DD, the start of a closed period. */
  periodStart: string;
}

export interface OpenAmount {
  closed: boolean;
  settled: string;
  adjustments: string;
  owed: string;
  /** Σ payouts for the period, released or awaiting release. */
  paid: string;
  /** owed − paid; what a claim or payout may still ask for. */
  open: string;
}

export async function openAmountFor(
  connection: Connection,
  key: PeriodKey,
): Promise<OpenAmount> {
  const owed = await owedFor(connection, key);
  const [row] = await connection.query<{ paid: string }>(
    `select coalesce(sum(amount), 0)::numeric(18,2)::text as paid
       from payout_periods
      where program_code = $1 and customer_id = $2 and period_start = $3::date`,
    [key.programCode, key.customerId, key.periodStart],
  );
  const paid = Dec.of(row?.paid ?? '0');

  return {
    closed: owed.closed,
    settled: owed.rebate,
    adjustments: owed.adjustments,
    owed: owed.owed,
    paid: paid.round(2, 'half_up').toString(),
    open: Dec.of(owed.owed).minus(paid).round(2, 'half_up').toString(),
  };
}

/**
 * The program version the period was settled under: its payout form,
 * accounts and product scope govern what is paid for the period.
 */
export async function settledProgram(
  connection: Connection,
  key: PeriodKey,
): Promise<Program | null> {
  const [row] = await connection.query<{ definition: unknown }>(
    `select v.definition
       from settlements s
       join programs p on p.code = s.program_code
       join program_versions v
         on v.program_id = p.id and v.version = s.program_version
      where s.program_code = $1 and s.customer_id = $2
        and s.period_start = $3::date`,
    [key.programCode, key.customerId, key.periodStart],
  );

  return row ? programOf(row.definition) : null;
}

/** Serializes the money moves of one customer: claims, payouts, draws. */
export async function lockCustomerMoney(
  connection: Connection,
  customerId: number,
): Promise<void> {
  await connection.query('select pg_advisory_xact_lock(7201401, $1)', [
    customerId,
  ]);
}

export interface CustomerRow {
  id: number;
  code: string;
  name: string;
  salesRep: string;
}

export async function findCustomerByCode(
  connection: Connection,
  code: string,
): Promise<CustomerRow | null> {
  const [row] = await connection.query<CustomerRow>(
    `select id, code, name, sales_rep as "salesRep" from customers
      where code = $1`,
    [code],
  );

  return row ?? null;
}
