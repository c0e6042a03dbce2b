// A dispute settled with an adjustment is a correction of a closed period
// like a late fact (DESIGN §5): a settlement adjustment of the statement's
// period, owed in the program's next period that is not closed, booked by a
// balanced voucher (debit rebate expense, credit accrued rebate liability;
// the other way round for less owed).
import { allProgramPeriods, Dec } from '@tierline/engine';
import type { AuditContext } from '../audit/append-audit.js';
import type { Connection } from '../db/database.js';
import { amountLines } from '../accruals/amount-lines.js';
import { bookVoucher } from '../journal/book-voucher.js';
import { programAccounts } from '../journal/default-accounts.js';
import { businessToday } from '../programs/business-date.js';
import { programOf } from '../programs/program-file.js';
import type { StatementRow } from './statement-rows.js';

/** Books the adjustment and returns its id. */
export async function bookDisputeAdjustment(
  connection: Connection,
  row: StatementRow,
  amount: string,
  context: AuditContext,
): Promise<number> {
  const [version] = await connection.query<{ definition: unknown }>(
    `select v.definition from program_versions v
       join programs p on p.id = v.program_id
      where p.code = $1 and v.version = $2`,
    [row.programCode, row.programVersion],
  );
  if (!version) throw new Error(`program ${row.programCode} has no version`);
  const program = programOf(version.definition);

  const closed = await connection.query<{ periodStart: string }>(
    `select period_start::text as "periodStart" from period_closes
      where program_code = $1`,
    [row.programCode],
  );
  const closedStarts = new Set(closed.map((close) => close.periodStart));
  const applied =
    allProgramPeriods(program).find(
      (period) =>
        period.start > row.periodStart && !closedStarts.has(period.start),
    )?.start ?? null;

  const memo = `对账单 ${row.statementNo} 异议调整`;
  const voucher = await bookVoucher(connection, {
    voucherDate: businessToday(),
    kind: 'adjustment',
    programCode: row.programCode,
    customerId: row.customerId,
    periodStart: applied,
    memo,
    source: `statement:${String(row.id)}`,
    bookedBy: context.actor,
    lines: amountLines(Dec.of(amount), programAccounts(program), {
      customerId: row.customerId,
      programCode: row.programCode,
      periodStart: applied ?? row.periodStart,
      memo,
    }),
  });

  const [adjustment] = await connection.query<{ id: string }>(
    `insert into settlement_adjustments (program_code, customer_id,
       corrects_period_start, applied_period_start, amount, source,
       source_ref, voucher_id, created_by)
     values ($1, $2, $3::date, $4::date, $5, 'dispute', $6, $7, $8)
     returning id::text as id`,
    [
      row.programCode,
      row.customerId,
      row.periodStart,
      applied,
      amount,
      `statement:${String(row.id)}`,
      voucher.id,
      context.actor,
    ],
  );
  if (!adjustment) throw new Error('settlement_adjustments returned no id');

  // The accrual of the period it is owed in shows it at once, as a refresh
  // would.
  await connection.query(
    `update accruals a
        set adjustments_amount = (
              select coalesce(sum(j.amount), 0) from settlement_adjustments j
               where j.program_code = a.program_code
                 and j.customer_id = a.customer_id
                 and j.applied_period_start = a.period_start)
      where a.program_code = $1 and a.customer_id = $2
        and a.period_start = $3::date`,
    [row.programCode, row.customerId, applied],
  );

  return Number.parseInt(adjustment.id, 10);
}
