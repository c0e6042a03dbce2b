// Credit past its validity is released (DESIGN §5): what was left of it
// leaves the rebate-balance liability and reverses the program's rebate
// expense, in one voucher per customer and day, each credit once.
import { expiredCredits, type CreditExpiry } from '@tierline/engine';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Connection } from '../db/database.js';
import { bookVoucher, type VoucherLine } from '../journal/book-voucher.js';
import { settledProgram } from '../payouts/open-amount.js';
import { defaultAccounts } from '../journal/default-accounts.js';
import { expenseAccountOf } from '../payouts/payout-accounts.js';
import { customerCredits, type StoredCredit } from './customer-credits.js';

/** Who releases expired credit: the clock, on behalf of the caller. */
export const expiryActor = 'system:balance-expiry';

/** Releases the customer's expired credit as of `onDate`; the caller locks. */
export async function releaseExpired(
  connection: Connection,
  customerId: number,
  onDate: string,
  context: AuditContext,
): Promise<CreditExpiry[]> {
  const credits = await customerCredits(connection, customerId);
  const expired = expiredCredits(credits, onDate);
  if (expired.length === 0) return [];

  const byId = new Map(credits.map((credit) => [credit.id, credit]));
  const lines: VoucherLine[] = [];
  for (const expiry of expired) {
    const credit = byId.get(expiry.creditId);
    if (!credit) continue;
    const expense = await expenseAccountFor(connection, credit, customerId);
    const common = { customerId, programCode: credit.programCode };
    const memo = `返利余额过期 #${String(credit.id)} ${expiry.validUntil}`;
    lines.push(
      {
        ...common,
        accountCode: credit.accountCode,
        accountRole: 'payment',
        debit: expiry.amount.toString(),
        credit: '0',
        memo,
      },
      {
        ...common,
        accountCode: expense,
        accountRole: 'expense',
        debit: '0',
        credit: expiry.amount.toString(),
        memo,
      },
    );
  }

  const voucher = await bookVoucher(connection, {
    voucherDate: onDate,
    kind: 'reversal',
    customerId,
    memo: `返利余额过期释放 ${onDate}`,
    source: `balance-expiry:${String(customerId)}:${onDate}`,
    bookedBy: expiryActor,
    lines,
  });
  await connection.query(
    `insert into balance_movements (credit_id, kind, amount, moved_on,
       voucher_id)
     select e.credit_id, 'expiry', e.amount, $3::date, $4
       from unnest($1::bigint[], $2::numeric[]) as e(credit_id, amount)`,
    [
      expired.map((expiry) => expiry.creditId),
      expired.map((expiry) => expiry.amount.toString()),
      onDate,
      voucher.id,
    ],
  );
  await appendAudit(
    connection,
    { ...context, actor: expiryActor },
    {
      action: 'balance.expire',
      entity: 'customer',
      entityId: customerId,
      after: {
        onDate,
        voucher: { year: voucher.voucherYear, no: voucher.voucherNo },
        expired: expired.map(expiryJson),
      },
      reason: `requested by ${context.actor}`,
    },
  );

  return expired;
}

export function expiryJson(expiry: CreditExpiry) {
  return {
    creditId: expiry.creditId,
    programCode: expiry.programCode,
    amount: expiry.amount.toString(),
    validUntil: expiry.validUntil,
  };
}

/** The expense account of the program version that settled the credit. */
async function expenseAccountFor(
  connection: Connection,
  credit: StoredCredit,
  customerId: number,
): Promise<string> {
  const [period] = await connection.query<{ periodStart: string }>(
    `select max(period_start)::text as "periodStart" from payout_periods
      where payout_id = $1`,
    [credit.payoutId],
  );
  if (!period?.periodStart) return defaultAccounts().expenseAccount;
  const program = await settledProgram(connection, {
    programCode: credit.programCode,
    customerId,
    periodStart: period.periodStart,
  });

  return program ? expenseAccountOf(program) : defaultAccounts().expenseAccount;
}
