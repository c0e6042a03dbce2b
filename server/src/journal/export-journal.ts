// The journal as a CSV of voucher lines (凭证), one row per line, each
// voucher balanced: date, voucher number, account, debit, credit, customer,
// program and memo, the fields a Kingdee or Yonyou voucher import maps
// (README "Journal export"). UTF-8 with a BOM so Excel reads it, or GBK
// for accounting software that expects it.
import iconv from 'iconv-lite';
import type { Connection } from '../db/database.js';
import { JournalError } from './journal-errors.js';
import { journalEntryLines, type JournalFilter } from './journal-entries.js';

export const journalEncodings = ['utf8', 'gbk'] as const;
export type JournalEncoding = (typeof journalEncodings)[number];

export interface JournalExportOptions extends JournalFilter {
  encoding?: JournalEncoding;
  /** Chinese column names (日期, 凭证号, ...) instead of English ones. */
  chineseHeaders?: boolean;
}

const HEADERS = {
  en: [
    'date',
    'voucher_no',
    'account_code',
    'debit',
    'credit',
    'customer_code',
    'customer_name',
    'program_code',
    'memo',
  ],
  zh: [
    '日期',
    '凭证号',
    '科目编码',
    '借方金额',
    '贷方金额',
    '客户编码',
    '客户名称',
    '政策编码',
    '摘要',
  ],
};

export interface JournalExport {
  bytes: Buffer;
  vouchers: number;
  lines: number;
}

export async function exportJournal(
  connection: Connection,
  options: JournalExportOptions,
): Promise<JournalExport> {
  const encoding = options.encoding ?? 'utf8';
  if (!journalEncodings.includes(encoding)) {
    throw new JournalError('journal_encoding_unknown');
  }
  if (options.from && options.to && options.from > options.to) {
    throw new JournalError('journal_range_invalid', [
      { path: 'from', message: `${options.from} is after ${options.to}` },
    ]);
  }

  const lines = await journalEntryLines(connection, options);
  const header = options.chineseHeaders ? HEADERS.zh : HEADERS.en;
  const rows = lines.map((line) => [
    line.voucherDate,
    voucherNumber(line.voucherYear, line.voucherNo),
    line.accountCode,
    line.debit,
    line.credit,
    line.customerCode ?? '',
    line.customerName ?? '',
    line.programCode ?? '',
    line.memo === '' ? line.voucherMemo : `${line.voucherMemo} ${line.memo}`,
  ]);
  const text = [header, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');

  const bytes =
    encoding === 'gbk'
      ? iconv.encode(text, 'gbk')
      : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  return {
    bytes,
    vouchers: new Set(lines.map((line) => line.voucherId)).size,
    lines: lines.length,
  };
}

/** 2027-0001: the year and the number within it. */
export function voucherNumber(year: number, no: number): string {
  return `${String(year)}-${String(no).padStart(4, '0')}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
