// The periods, accruals and journal API's shapes (see /openapi.json);
// amounts are decimal strings.
export const periodStates = ['open', 'ended', 'closed'] as const;
export type PeriodState = (typeof periodStates)[number];

export interface SettlementPeriod {
  programCode: string;
  programName: string;
  periodStart: string;
  periodEnd: string;
  state: PeriodState;
  customers: number;
  accrued: string;
  closeId: number | null;
  closedAt: string | null;
  closedBy: string | null;
}

/** The fields of an accrual row the console reads. */
export interface AccrualRow {
  programCode: string;
  customerCode: string;
  customerName: string;
  periodStart: string;
  accruedAmount: string;
}

export interface JournalLine {
  voucherId: number;
  voucherDate: string;
  voucherYear: number;
  voucherNo: number;
  kind: string;
  voucherMemo: string;
  lineNo: number;
  accountCode: string;
  accountRole: string;
  debit: string;
  credit: string;
  customerCode: string | null;
  customerName: string | null;
  programCode: string | null;
  periodStart: string | null;
  memo: string;
}

export const journalEncodings = ['utf8', 'gbk'] as const;
export type JournalEncoding = (typeof journalEncodings)[number];
export const journalHeaderLanguages = ['zh', 'en'] as const;
export type JournalHeaderLanguage = (typeof journalHeaderLanguages)[number];
