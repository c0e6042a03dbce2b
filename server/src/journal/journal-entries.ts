// The journal as vouchers with their lines, in voucher order, filtered by
// voucher date; names of customers and programs joined in for people and
// for accounting imports.
import type { Connection } from '../db/database.js';

export interface JournalFilter {
  /** Inclusive voucher dates, YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  programCode?: string | null;
}

export interface JournalEntryLine {
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

export function journalEntryLines(
  connection: Connection,
  filter: JournalFilter,
): Promise<JournalEntryLine[]> {
  return connection.query<JournalEntryLine>(
    `select v.id::int as "voucherId", v.voucher_date::text as "voucherDate",
            v.voucher_year as "voucherYear", v.voucher_no as "voucherNo",
            v.kind, v.memo as "voucherMemo", l.line_no as "lineNo",
            l.account_code as "accountCode", l.account_role as "accountRole",
            l.debit::text as debit, l.credit::text as credit,
            c.code as "customerCode", c.name as "customerName",
            coalesce(l.program_code, v.program_code) as "programCode",
            l.period_start::text as "periodStart", l.memo
       from journal_vouchers v
       join journal_lines l on l.voucher_id = v.id
       left join customers c on c.id = coalesce(l.customer_id, v.customer_id)
      where ($1::date is null or v.voucher_date >= $1::date)
        and ($2::date is null or v.voucher_date <= $2::date)
        and ($3::text is null or v.program_code = $3)
      order by v.voucher_year, v.voucher_no, l.line_no`,
    [filter.from ?? null, filter.to ?? null, filter.programCode ?? null],
  );
}
