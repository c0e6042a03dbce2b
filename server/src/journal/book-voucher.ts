// Books one journal voucher inside the caller's transaction: numbered
// without gaps within its year, refused unless every line is one-sided money
// and Σ debit = Σ credit. The database checks the balance again at commit
// (migration journal_guard), so no path round this function books an
// unbalanced voucher either.
import { Dec, parseMoney } from '@tierline/engine';
import type { Connection } from '../db/database.js';
import type { AccountRole, VoucherKind } from '../db/accrual-schema.js';
import type { ErrorDetail } from '../http/error-catalog.js';
import { JournalError } from './journal-errors.js';

/** Serializes voucher numbering: one booking at a time takes a number. */
const VOUCHER_NUMBER_LOCK = 7_201_301;

export interface VoucherLine {
  accountCode: string;
  accountRole: AccountRole;
  /** Decimal strings of at most 2 decimals; exactly one of them is > 0. */
  debit: string;
  credit: string;
  customerId?: number | null;
  programCode?: string | null;
  periodStart?: string | null;
  memo?: string;
}

export interface VoucherDraft {
  /** YYYY-MM-DD; its year numbers the voucher. */
  voucherDate: string;
  kind: VoucherKind;
  programCode?: string | null;
  customerId?: number | null;
  periodStart?: string | null;
  memo: string;
  /** What caused it: `import:42`, `refresh:7`, `close:3`, `payout:9`. */
  source: string;
  bookedBy: string;
  lines: readonly VoucherLine[];
}

export interface BookedVoucher {
  id: number;
  voucherYear: number;
  voucherNo: number;
  /** Σ debit, which equals Σ credit. */
  total: string;
}

export async function bookVoucher(
  connection: Connection,
  draft: VoucherDraft,
): Promise<BookedVoucher> {
  const total = checkedTotal(draft.lines);
  const voucherYear = Number.parseInt(draft.voucherDate.slice(0, 4), 10);

  await connection.query('select pg_advisory_xact_lock($1)', [
    VOUCHER_NUMBER_LOCK,
  ]);
  const [numbered] = await connection.query<{ id: string; no: number }>(
    `insert into journal_vouchers (voucher_year, voucher_no, voucher_date,
       kind, program_code, customer_id, period_start, memo, source, booked_by)
     select $1, coalesce(max(voucher_no), 0) + 1, $2::date, $3, $4, $5,
            $6::date, $7, $8, $9
       from journal_vouchers where voucher_year = $1
     returning id::text as id, voucher_no as no`,
    [
      voucherYear,
      draft.voucherDate,
      draft.kind,
      draft.programCode ?? null,
      draft.customerId ?? null,
      draft.periodStart ?? null,
      draft.memo,
      draft.source,
      draft.bookedBy,
    ],
  );
  if (!numbered) throw new Error('journal_vouchers insert returned no id');
  const id = Number.parseInt(numbered.id, 10);

  await insertLines(connection, id, draft.lines);

  return { id, voucherYear, voucherNo: numbered.no, total };
}

/** Inserts the lines in one statement, numbered 1, 2, 3 ... */
async function insertLines(
  connection: Connection,
  voucherId: number,
  lines: readonly VoucherLine[],
): Promise<void> {
  const column = <T>(pick: (line: VoucherLine) => T) => lines.map(pick);

  await connection.query(
    `insert into journal_lines (voucher_id, line_no, account_code,
       account_role, debit, credit, customer_id, program_code, period_start,
       memo)
     select $1, l.ordinality, l.account_code, l.account_role, l.debit,
            l.credit, l.customer_id, l.program_code, l.period_start, l.memo
       from unnest($2::text[], $3::text[], $4::numeric[], $5::numeric[],
                   $6::int[], $7::text[], $8::date[], $9::text[])
            with ordinality as l(account_code, account_role, debit, credit,
                                 customer_id, program_code, period_start,
                                 memo, ordinality)`,
    [
      voucherId,
      column((line) => line.accountCode),
      column((line) => line.accountRole),
      column((line) => line.debit),
      column((line) => line.credit),
      column((line) => line.customerId ?? null),
      column((line) => line.programCode ?? null),
      column((line) => line.periodStart ?? null),
      column((line) => line.memo ?? ''),
    ],
  );
}

/** Σ debit of lines that are each one-sided money and balance in total. */
function checkedTotal(lines: readonly VoucherLine[]): string {
  if (lines.length < 2) throw new JournalError('voucher_empty');

  const problems: ErrorDetail[] = [];
  let debits = Dec.ZERO;
  let credits = Dec.ZERO;
  lines.forEach((line, index) => {
    const debit = parseMoney(line.debit);
    const credit = parseMoney(line.credit);
    const oneSided =
      debit.ok &&
      credit.ok &&
      !debit.value.isNegative() &&
      !credit.value.isNegative() &&
      debit.value.isZero() !== credit.value.isZero();
    if (!debit.ok || !credit.ok || !oneSided || line.accountCode === '') {
      problems.push({
        path: `lines[${String(index)}]`,
        message: `debit ${line.debit}, credit ${line.credit}, account "${line.accountCode}"`,
      });
      return;
    }
    debits = debits.plus(debit.value);
    credits = credits.plus(credit.value);
  });
  if (problems.length > 0) {
    throw new JournalError('voucher_line_invalid', problems);
  }
  if (!debits.eq(credits)) {
    throw new JournalError('voucher_unbalanced', [
      {
        path: 'lines',
        message: `debit ${debits.round(2, 'half_up').toString()} ≠ credit ${credits.round(2, 'half_up').toString()}`,
      },
    ]);
  }

  return debits.round(2, 'half_up').toString();
}
