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
  const [booked] = await bookVouchers(connection, [draft]);
  if (!booked) throw new Error('journal_vouchers insert returned no id');

  return booked;
}

/** Vouchers booked together share statements up to about this many lines. */
const BOOKING_SLICE_LINES = 10_000;

/**
 * Books several vouchers, three statements per group of them: each is
 * checked, numbered in the order given after the last number of its year,
 * and its lines written with the group's others (the balance trigger checks
 * every voucher a statement wrote). A voucher's own lines always share one
 * statement, however many they are.
 */
export async function bookVouchers(
  connection: Connection,
  drafts: readonly VoucherDraft[],
): Promise<BookedVoucher[]> {
  const booked: BookedVoucher[] = [];
  let group: VoucherDraft[] = [];
  let lines = 0;
  for (const draft of drafts) {
    group.push(draft);
    lines += draft.lines.length;
    if (lines >= BOOKING_SLICE_LINES) {
      booked.push(...(await bookGroup(connection, group)));
      group = [];
      lines = 0;
    }
  }
  booked.push(...(await bookGroup(connection, group)));

  return booked;
}

async function bookGroup(
  connection: Connection,
  drafts: readonly VoucherDraft[],
): Promise<BookedVoucher[]> {
  if (drafts.length === 0) return [];
  const totals = drafts.map((draft) => checkedTotal(draft.lines));
  const years = drafts.map((draft) =>
    Number.parseInt(draft.voucherDate.slice(0, 4), 10),
  );
  const column = <T>(pick: (draft: VoucherDraft) => T) => drafts.map(pick);

  await connection.query('select pg_advisory_xact_lock($1)', [
    VOUCHER_NUMBER_LOCK,
  ]);
  const numbered = await connection.query<{ id: string; no: number }>(
    `with given as (
       select *
         from unnest($1::int[], $2::date[], $3::text[], $4::text[],
                     $5::int[], $6::date[], $7::text[], $8::text[],
                     $9::text[])
              with ordinality as d(voucher_year, voucher_date, kind,
                                   program_code, customer_id, period_start,
                                   memo, source, booked_by, ordinality)
     ), drafts as (
       select g.*,
              coalesce((select max(v.voucher_no) from journal_vouchers v
                         where v.voucher_year = g.voucher_year), 0)
              + row_number() over (partition by g.voucher_year
                                   order by g.ordinality) as voucher_no
         from given g
     ), inserted as (
       insert into journal_vouchers (voucher_year, voucher_no, voucher_date,
         kind, program_code, customer_id, period_start, memo, source,
         booked_by)
       select voucher_year, voucher_no, voucher_date, kind, program_code,
              customer_id, period_start, memo, source, booked_by
         from drafts
        order by ordinality
       returning id, voucher_year, voucher_no
     )
     select i.id::text as id, i.voucher_no as no
       from inserted i
       join drafts d using (voucher_year, voucher_no)
      order by d.ordinality`,
    [
      years,
      column((draft) => draft.voucherDate),
      column((draft) => draft.kind),
      column((draft) => draft.programCode ?? null),
      column((draft) => draft.customerId ?? null),
      column((draft) => draft.periodStart ?? null),
      column((draft) => draft.memo),
      column((draft) => draft.source),
      column((draft) => draft.bookedBy),
    ],
  );
  if (numbered.length !== drafts.length) {
    throw new Error('journal_vouchers insert returned no id');
  }
  const ids = numbered.map((row) => Number.parseInt(row.id, 10));

  await insertLines(
    connection,
    drafts.flatMap((draft, index) =>
      draft.lines.map((line) => ({ ...line, voucherId: ids[index] ?? 0 })),
    ),
  );

  return drafts.map((_, index) => ({
    id: ids[index] ?? 0,
    voucherYear: years[index] ?? 0,
    voucherNo: numbered[index]?.no ?? 0,
    total: totals[index] ?? '0',
  }));
}

/** Inserts every line in one statement, numbered 1, 2, 3 ... per voucher. */
async function insertLines(
  connection: Connection,
  lines: readonly (VoucherLine & { voucherId: number })[],
): Promise<void> {
  const column = <T>(pick: (line: VoucherLine & { voucherId: number }) => T) =>
    lines.map(pick);

  await connection.query(
    `insert into journal_lines (voucher_id, line_no, account_code,
       account_role, debit, credit, customer_id, program_code, period_start,
       memo)
     select l.voucher_id,
            row_number() over (partition by l.voucher_id
                               order by l.ordinality),
            l.account_code, l.account_role, l.debit, l.credit, l.customer_id,
            l.program_code, l.period_start, l.memo
       from unnest($1::bigint[], $2::text[], $3::text[], $4::numeric[],
                   $5::numeric[], $6::int[], $7::text[], $8::date[],
                   $9::text[])
            with ordinality as l(voucher_id, account_code, account_role,
                                 debit, credit, customer_id, program_code,
                                 period_start, memo, ordinality)`,
    [
      column((line) => line.voucherId),
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
