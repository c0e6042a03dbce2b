import fs from 'node:fs';
import { Option, type Command } from 'commander';
import {
  exportJournal,
  journalEncodings,
  voucherNumber,
  type JournalEncoding,
} from '../../journal/export-journal.js';
import { journalEntryLines } from '../../journal/journal-entries.js';
import { withStore } from '../with-store.js';
import { actingUser } from './acting-user.js';
import { asAccrualUserError, isoDate } from './accrual-output.js';

interface RangeOptions {
  from?: string;
  to?: string;
  program?: string;
  as?: string;
}

/** `tierline journal list|export`: the vouchers booked so far. */
export function registerJournalCommands(program: Command): void {
  const command = program
    .command('journal')
    .description('the journal of accrued rebates: list, export');

  const range = (sub: Command) =>
    sub
      .option('--from <date>', 'first voucher date', isoDate('--from'))
      .option('--to <date>', 'last voucher date', isoDate('--to'))
      .option('--program <code>', 'one program')
      .addOption(new Option('--as <user>', 'as this user (checked by policy)'));

  range(
    command
      .command('list')
      .description('the vouchers with their lines, in voucher order'),
  ).action(async (options: RangeOptions) => {
    const lines = await run(options, (store) =>
      store.transaction((connection) => journalEntryLines(connection, options)),
    );
    let voucher = -1;
    for (const line of lines) {
      if (line.voucherId !== voucher) {
        voucher = line.voucherId;
        console.log(
          `${line.voucherDate} ${voucherNumber(line.voucherYear, line.voucherNo)} ` +
            `${line.kind} ${line.voucherMemo}`,
        );
      }
      console.log(
        `  ${line.accountCode}\t${line.debit}\t${line.credit}\t` +
          `${line.customerCode ?? ''}\t${line.memo}`,
      );
    }
  });

  range(
    command
      .command('export')
      .description(
        'the journal as CSV voucher lines for Kingdee / Yonyou imports ' +
          '(UTF-8 with BOM, or --encoding gbk)',
      ),
  )
    .option('--out <file>', 'write to this file (default: standard output)')
    .addOption(
      new Option('--encoding <name>', 'utf8 or gbk')
        .choices([...journalEncodings])
        .default('utf8'),
    )
    .option('--chinese-headers', 'column names in Chinese (日期, 凭证号, ...)')
    .action(
      async (
        options: RangeOptions & {
          out?: string;
          encoding: JournalEncoding;
          chineseHeaders?: boolean;
        },
      ) => {
        const exported = await run(options, (store) =>
          store.transaction((connection) =>
            exportJournal(connection, {
              ...options,
              chineseHeaders: options.chineseHeaders === true,
            }),
          ),
        );
        if (options.out) {
          fs.writeFileSync(options.out, exported.bytes);
          console.error(
            `Wrote ${String(exported.vouchers)} vouchers ` +
              `(${String(exported.lines)} lines) to ${options.out}`,
          );
        } else {
          process.stdout.write(exported.bytes);
        }
      },
    );
}

async function run<T>(
  options: RangeOptions,
  fn: Parameters<typeof withStore<T>>[1],
): Promise<T> {
  try {
    return await withStore('journal', async (store) => {
      if (options.as) await actingUser(store, options.as, 'journal.read');
      return fn(store);
    });
  } catch (error) {
    throw asAccrualUserError(error);
  }
}
