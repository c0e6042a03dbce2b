import { Dec, creditValidUntil, type Program } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import type { DataScope } from '../auth/scope.js';
import { assertNotOwnWork } from '../auth/separation-of-duties.js';
import type { Store } from '../db/database.js';
import { bookVoucher, type VoucherLine } from '../journal/book-voucher.js';
import { businessToday } from '../programs/business-date.js';
import { userIdOf, type ProgramActor } from '../programs/program-actor.js';
import { checkedDate, exceedsOwed } from './amounts.js';
import {
  lockCustomerMoney,
  openAmountFor,
  settledProgram,
} from './open-amount.js';
import {
  liabilityAccountOf,
  paidThrough,
  payoutAccounts,
  type PayoutAccounts,
} from './payout-accounts.js';
import { PayoutError } from './payout-errors.js';
import { findPayout, type PayoutView } from './payout-view.js';

/**
 * An approver who did not create the payout releases it: the voucher debits
 * the accrued rebate liability of each period paid and credits what the
 * form pays through; account credit becomes a balance the customer's later
 * orders draw on. Refused when the periods no longer owe the amount (a
 * later adjustment took some of it back).
 */
export async function releasePayout(
  store: Store,
  id: number,
  actor: ProgramActor,
  scope: DataScope,
  options: { releasedOn?: string; accounts?: PayoutAccounts } = {},
): Promise<PayoutView> {
  const releasedOn = checkedDate(
    options.releasedOn ?? businessToday(),
    'body.releasedOn',
  );
  const accounts = options.accounts ?? payoutAccounts();

  return store.transaction(async (connection) => {
    const stored = await findPayout(connection, id, scope, true);
    if (!stored) throw new PayoutError('payout_not_found');
    const payout = stored.view;
    if (payout.status !== 'created') throw new PayoutError('payout_released');
    assertNotOwnWork(actor.principal, stored.createdByUserId);
    await lockCustomerMoney(connection, stored.customerId);

    let program: Program | null = null;
    for (const period of payout.periods) {
      const key = {
        programCode: payout.programCode,
        customerId: stored.customerId,
        periodStart: period.periodStart,
      };
      const open = await openAmountFor(connection, key);
      if (Dec.of(open.open).isNegative()) {
        throw exceedsOwed(
          `periods.${period.periodStart}`,
          Dec.of(period.amount),
          open,
        );
      }
      program = (await settledProgram(connection, key)) ?? program;
    }
    if (program === null) throw new PayoutError('period_not_settled');

    const voucher = await bookVoucher(connection, {
      voucherDate: releasedOn,
      kind: 'payout',
      programCode: payout.programCode,
      customerId: stored.customerId,
      memo: `返利兑付 ${payout.form} ${payout.customerCode} #${String(id)}`,
      source: `payout:${String(id)}`,
      bookedBy: actor.audit.actor,
      lines: payoutLines(payout, stored.customerId, program, accounts),
    });

    if (payout.form === 'account_credit') {
      const balance = program.payout?.balance ?? null;
      await connection.query(
        `insert into balance_credits (payout_id, customer_id, program_code,
           amount, released_on, valid_until, min_order_amount,
           max_order_share_pct, account_code)
         values ($1, $2, $3, $4, $5::date, $6::date, $7, $8, $9)`,
        [
          id,
          stored.customerId,
          payout.programCode,
          payout.amount,
          releasedOn,
          creditValidUntil(releasedOn, balance?.validDays ?? null),
          balance?.minOrderAmount ?? null,
          balance?.maxOrderSharePct ?? null,
          accounts.rebateBalance,
        ],
      );
    }
    await connection.query(
      `update payouts set status = 'released', released_by = $2,
              released_by_user_id = $3, released_at = now(),
              released_on = $4::date, voucher_id = $5
        where id = $1`,
      [
        id,
        actor.audit.actor,
        userIdOf(actor.principal),
        releasedOn,
        voucher.id,
      ],
    );

    const released = await findPayout(connection, id, { kind: 'all' });
    if (!released) throw new Error('the released payout is not there');
    await appendAudit(connection, actor.audit, {
      action: 'payout.release',
      entity: 'payout',
      entityId: id,
      before: { status: payout.status },
      after: released.view,
    });

    return released.view;
  });
}

function payoutLines(
  payout: PayoutView,
  customerId: number,
  program: Program,
  accounts: PayoutAccounts,
): VoucherLine[] {
  const common = { customerId, programCode: payout.programCode };
  const liability = liabilityAccountOf(program);
  const debits: VoucherLine[] = payout.periods.map((period) => ({
    ...common,
    accountCode: liability,
    accountRole: 'liability',
    debit: period.amount,
    credit: '0',
    periodStart: period.periodStart,
    memo: `兑付 ${period.periodStart}`,
  }));

  const vat = payout.form === 'credit_note' ? creditNoteVat(payout) : Dec.ZERO;
  if (vat.isPositive()) {
    debits.push({
      ...common,
      accountCode: accounts.outputVat,
      accountRole: 'vat',
      debit: vat.toString(),
      credit: '0',
      memo: '红字发票销项税额',
    });
  }
  const credit: VoucherLine = {
    ...common,
    accountCode: paidThrough(payout.form, accounts),
    accountRole: 'payment',
    debit: '0',
    credit: Dec.of(payout.amount).plus(vat).round(2, 'half_up').toString(),
    memo: `兑付方式 ${payout.form}`,
  };

  return [...debits, credit];
}

function creditNoteVat(payout: PayoutView): Dec {
  const vat = payout.details.vatAmount;

  return typeof vat === 'string' ? Dec.of(vat) : Dec.ZERO;
}
