// One accrual movement as two journal lines: an increase debits the rebate
// expense and credits the accrued rebate liability, a decrease reverses
// both sides. Nothing for a zero amount.
import type { Dec } from '@tierline/engine';
import type { VoucherLine } from '../journal/book-voucher.js';
import type { ProgramAccounts } from '../journal/default-accounts.js';

export interface LineTags {
  customerId: number;
  programCode: string;
  periodStart: string;
  memo: string;
}

export function amountLines(
  amount: Dec,
  accounts: ProgramAccounts,
  tags: LineTags,
): VoucherLine[] {
  if (amount.isZero()) return [];

  const value = (amount.isNegative() ? amount.negated() : amount)
    .round(2, 'half_up')
    .toString();
  const increase = amount.isPositive();
  const expense: VoucherLine = {
    ...tags,
    accountCode: accounts.expenseAccount,
    accountRole: 'expense',
    debit: increase ? value : '0',
    credit: increase ? '0' : value,
  };
  const liability: VoucherLine = {
    ...tags,
    accountCode: accounts.liabilityAccount,
    accountRole: 'liability',
    debit: increase ? '0' : value,
    credit: increase ? value : '0',
  };

  return [expense, liability];
}
