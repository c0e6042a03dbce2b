// The account codes a payout books on (DESIGN §5). The accrued rebate
// liability and the rebate expense are the program's (`accounting`, else
// the store's defaults in journal/default-accounts.ts); the
// accounts a payout pays through are settings, read from the environment,
// with defaults from the Chinese chart of accounts (企业会计准则).
import type { PayoutFormName } from '../db/payout-schema.js';
import type { Program } from '@tierline/engine';
import { programAccounts } from '../journal/default-accounts.js';

export interface PayoutAccounts {
  /** 应收账款: a credit note and a balance draw reduce what the customer owes. */
  receivable: string;
  /** 应交税费—应交增值税（销项税额）: the VAT a red-letter invoice takes back. */
  outputVat: string;
  /** 银行存款: cash payouts. */
  bank: string;
  /** 库存商品: goods payouts, at list price. */
  inventory: string;
  /** 其他应付款—返利余额: account credit waiting for later orders. */
  rebateBalance: string;
}

export const defaultPayoutAccounts: PayoutAccounts = {
  receivable: '1122',
  outputVat: '2221.01.02',
  bank: '1002',
  inventory: '1405',
  rebateBalance: '2241.04',
};

const settingNames: Record<keyof PayoutAccounts, string> = {
  receivable: 'TIERLINE_ACCOUNT_RECEIVABLE',
  outputVat: 'TIERLINE_ACCOUNT_OUTPUT_VAT',
  bank: 'TIERLINE_ACCOUNT_BANK',
  inventory: 'TIERLINE_ACCOUNT_INVENTORY',
  rebateBalance: 'TIERLINE_ACCOUNT_REBATE_BALANCE',
};

export function payoutAccounts(
  env: NodeJS.ProcessEnv = process.env,
): PayoutAccounts {
  const accounts = { ...defaultPayoutAccounts };
  for (const key of Object.keys(settingNames) as (keyof PayoutAccounts)[]) {
    const value = env[settingNames[key]]?.trim();
    if (value) accounts[key] = value;
  }

  return accounts;
}

/** The program's accrued rebate liability, or the store's default. */
export function liabilityAccountOf(program: Program): string {
  return programAccounts(program).liabilityAccount;
}

/** The program's rebate expense, or the store's default. */
export function expenseAccountOf(program: Program): string {
  return programAccounts(program).expenseAccount;
}

/** The account a released payout of this form is credited to. */
export function paidThrough(
  form: PayoutFormName,
  accounts: PayoutAccounts,
): string {
  switch (form) {
    case 'credit_note':
      return accounts.receivable;
    case 'cash':
      return accounts.bank;
    case 'goods':
      return accounts.inventory;
    case 'account_credit':
      return accounts.rebateBalance;
  }
}
