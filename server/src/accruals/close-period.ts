// Period close by an approver (DESIGN §5): the program's accruals are
// brought up to date, then each customer's figure for the period is frozen
// as its settlement. Periods close in order and only once they have ended;
// later facts for them become adjustments in the next open period.
import { Dec } from '@tierline/engine';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Connection, Store } from '../db/database.js';
import { bookVoucher } from '../journal/book-voucher.js';
import { programAccounts } from '../journal/default-accounts.js';
import { businessToday } from '../programs/business-date.js';
import { AccrualError } from './accrual-errors.js';
import { amountLines } from './amount-lines.js';
import { recordProgramWork } from './pending-work.js';
import { programsToAccrue, type GovernedPeriod } from './programs-to-accrue.js';
import { refreshInTransaction } from './refresh-accruals.js';

export interface ClosePeriodInput {
  programCode: string;
  /** YYYY-MM-DD, the period's (clipped) start. */
  periodStart: string;
  /** The day the settlement is computed for; today when absent. */
  asOf?: string;
  reason?: string | null;
}

export interface ClosedPeriod {
  closeId: number;
  programCode: string;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  settlements: number;
  /** Σ settled rebates. */
  total: string;
}

export function closePeriod(
  store: Store,
  input: ClosePeriodInput,
  audit: AuditContext,
): Promise<ClosedPeriod> {
  const asOf = input.asOf ?? businessToday();

  return store.transaction(async (connection) => {
    const period = await periodToClose(connection, input, asOf);
    await recordProgramWork(
      connection,
      input.programCode,
      `close:${input.programCode}:${input.periodStart}`,
    );
    await refreshInTransaction(connection, { asOf, audit });

    const [close] = await connection.query<{ id: string }>(
      `insert into period_closes (program_code, period_start, period_end,
         as_of, closed_by, reason)
       values ($1, $2::date, $3::date, $4::date, $5, $6)
       returning id::text as id`,
      [
        input.programCode,
        period.start,
        period.end,
        asOf,
        audit.actor,
        input.reason?.trim() || null,
      ],
    );
    if (!close) throw new Error('period_closes insert returned no id');
    const closeId = Number.parseInt(close.id, 10);

    const settled = await settle(
      connection,
      closeId,
      input.programCode,
      period,
    );
    await trueUp(connection, period, closeId, audit, asOf);
    await connection.query(
      `update accruals set closed = true, accrued_amount = rebate
        where program_code = $1 and period_start = $2::date`,
      [input.programCode, period.start],
    );

    const closed: ClosedPeriod = {
      closeId,
      programCode: input.programCode,
      periodStart: period.start,
      periodEnd: period.end,
      asOf,
      ...settled,
    };
    await appendAudit(connection, audit, {
      action: 'period.close',
      entity: 'period',
      entityId: `${input.programCode}/${period.start}`,
      after: closed,
      reason: input.reason?.trim() || null,
    });
    return closed;
  });
}

async function periodToClose(
  connection: Connection,
  input: ClosePeriodInput,
  asOf: string,
): Promise<GovernedPeriod> {
  const programs = await programsToAccrue(connection, asOf);
  const program = programs.find((one) => one.code === input.programCode);
  if (program === undefined) {
    throw new AccrualError('program_not_in_force', [
      { path: 'program', message: input.programCode },
    ]);
  }

  const period = program.started.find((one) => one.start === input.periodStart);
  if (period === undefined) {
    throw new AccrualError('period_not_found', [
      {
        path: 'period',
        message: `periods: ${program.started.map((one) => one.start).join(', ')}`,
        value: input.periodStart,
      },
    ]);
  }
  if (period.end >= asOf) {
    throw new AccrualError('period_not_ended', [
      { path: 'asOf', message: `the period ends ${period.end}`, value: asOf },
    ]);
  }
  if (period.closed) throw new AccrualError('period_already_closed');

  const earlier = program.started.filter(
    (one) => one.start < period.start && !one.closed,
  );
  if (earlier.length > 0) {
    throw new AccrualError('earlier_period_open', [
      {
        path: 'period',
        message: `open: ${earlier.map((one) => one.start).join(', ')}`,
      },
    ]);
  }
  return period;
}

/** Copies the period's current figures into settlements. */
async function settle(
  connection: Connection,
  closeId: number,
  programCode: string,
  period: GovernedPeriod,
): Promise<{ settlements: number; total: string }> {
  const [row] = await connection.query<{ settlements: number; total: string }>(
    `with settled as (
       insert into settlements (close_id, program_code, program_version,
         customer_id, period_start, period_end, rebate, result)
       select $1, program_code, program_version, customer_id, period_start,
              period_end, rebate, result
         from accruals
        where program_code = $2 and period_start = $3::date
       returning rebate
     )
     select count(*)::int as settlements,
            coalesce(sum(rebate), 0)::numeric(18,2)::text as total
       from settled`,
    [closeId, programCode, period.start],
  );
  return row ?? { settlements: 0, total: '0.00' };
}

/**
 * Books whatever separates the journal from the settlements (a forecast
 * still booked for the period), so the liability holds the settled figure.
 */
async function trueUp(
  connection: Connection,
  period: GovernedPeriod,
  closeId: number,
  audit: AuditContext,
  asOf: string,
): Promise<void> {
  const rows = await connection.query<{
    customerId: number;
    programCode: string;
    difference: string;
  }>(
    `select s.customer_id as "customerId", s.program_code as "programCode",
            (s.rebate - coalesce((
               select sum(l.credit - l.debit) from journal_lines l
                 join journal_vouchers v on v.id = l.voucher_id
                where v.kind = 'accrual' and l.account_role = 'liability'
                  and l.program_code = s.program_code
                  and l.customer_id = s.customer_id
                  and l.period_start = s.period_start), 0))::text as difference
       from settlements s where s.close_id = $1`,
    [closeId],
  );
  const accounts = programAccounts(period.program);
  const lines = rows.flatMap((row) =>
    amountLines(Dec.of(row.difference), accounts, {
      customerId: row.customerId,
      programCode: row.programCode,
      periodStart: period.start,
      memo: `结算 ${period.start}`,
    }),
  );
  if (lines.length === 0) return;

  await bookVoucher(connection, {
    voucherDate: asOf,
    kind: 'accrual',
    programCode: period.program.code,
    periodStart: period.start,
    memo: `结算调整至结算金额 ${period.program.code} ${period.start}`,
    source: `close:${String(closeId)}`,
    bookedBy: audit.actor,
    lines,
  });
}
