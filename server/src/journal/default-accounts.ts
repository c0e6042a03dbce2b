// The accounts a program books on when its file names none
// (`accounting.expense_account`, `accounting.liability_account`): by
// default the Chinese chart's 6601 销售费用 (rebate expense) and 2241 其他应付款
// (accrued rebate liability); TIERLINE_EXPENSE_ACCOUNT and
// TIERLINE_LIABILITY_ACCOUNT set others for the whole store.
import type { Program } from '@tierline/engine';

export interface ProgramAccounts {
  expenseAccount: string;
  liabilityAccount: string;
}

export const DEFAULT_EXPENSE_ACCOUNT = '6601';
export const DEFAULT_LIABILITY_ACCOUNT = '2241';

export function defaultAccounts(
  env: NodeJS.ProcessEnv = process.env,
): ProgramAccounts {
  return {
    expenseAccount:
      nonEmpty(env.TIERLINE_EXPENSE_ACCOUNT) ?? DEFAULT_EXPENSE_ACCOUNT,
    liabilityAccount:
      nonEmpty(env.TIERLINE_LIABILITY_ACCOUNT) ?? DEFAULT_LIABILITY_ACCOUNT,
  };
}

export function programAccounts(
  program: Program,
  defaults: ProgramAccounts = defaultAccounts(),
): ProgramAccounts {
  return {
    expenseAccount:
      program.accounting?.expenseAccount ?? defaults.expenseAccount,
    liabilityAccount:
      program.accounting?.liabilityAccount ?? defaults.liabilityAccount,
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}
