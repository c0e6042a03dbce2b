import { Option, type Command } from 'commander';
import { listAccruals } from '../../accruals/list-accruals.js';
import { recordAllWork } from '../../accruals/pending-work.js';
import { refreshInTransaction } from '../../accruals/refresh-accruals.js';
import { allData, scopeFor } from '../../auth/scope.js';
import { businessToday } from '../../programs/business-date.js';
import { withStore } from '../with-store.js';
import { actingUser, asUserOption } from './acting-user.js';
import { asAccrualUserError, isoDate } from './accrual-output.js';

/**
 * `tierline accruals refresh|list`: bring every accrual up to date (and book
 * the differences), or show the current figures.
 */
export function registerAccrualCommands(program: Command): void {
  const command = program
    .command('accruals')
    .description('accrued rebates: refresh them, list them');

  command
    .command('refresh')
    .description(
      'recalculate every period not closed of every active program as of ' +
        'a date (default today) and book the differences in the journal',
    )
    .addOption(asUserOption())
    .option('--as-of <date>', 'the as-of date', isoDate('--as-of'))
    .option('--json', 'print the refresh report as JSON')
    .action(async (options: { as: string; asOf?: string; json?: boolean }) => {
      const report = await run('accruals refresh', async (store) => {
        const actor = await actingUser(store, options.as, 'accruals.refresh');
        return store.transaction(async (connection) => {
          await recordAllWork(connection, `refresh:${actor.audit.actor}`);
          return refreshInTransaction(connection, {
            asOf: options.asOf ?? businessToday(),
            audit: actor.audit,
          });
        });
      });

      if (options.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      const rows = Object.values(report.recalculated).reduce(
        (sum, count) => sum + count,
        0,
      );
      console.log(
        `Accruals as of ${report.asOf}: ${String(rows)} rows recalculated, ` +
          `${String(report.vouchers.length)} vouchers booked, ` +
          `${String(report.adjustments)} adjustments.`,
      );
      for (const voucher of report.vouchers) {
        console.log(
          `  ${voucher.programCode} ${voucher.kind} ` +
            `${String(voucher.voucherYear)}-${String(voucher.voucherNo)} ` +
            `${voucher.total}`,
        );
      }
    });

  command
    .command('list')
    .description('the current accrual figures, within the user’s data scope')
    .addOption(new Option('--as <user>', 'list as this user (their scope)'))
    .option('--program <code>', 'one program')
    .option('--customer <code>', 'one customer')
    .option('--period <date>', 'one period start', isoDate('--period'))
    .option('--open', 'only periods still running')
    .option('--closed', 'only closed periods')
    .option('--limit <n>', 'rows at most (1–500)', '100')
    .option('--json', 'print JSON')
    .action(async (options: ListOptions) => {
      const listed = await run('accruals list', async (store) => {
        const scope = options.as
          ? scopeFor(
              (await actingUser(store, options.as, 'accruals.read')).principal,
              'accruals.read',
            )
          : allData;
        return store.transaction((connection) =>
          listAccruals(
            connection,
            {
              ...(options.program ? { program: options.program } : {}),
              ...(options.customer ? { customer: options.customer } : {}),
              ...(options.period ? { period: options.period } : {}),
              ...(options.open ? { open: true } : {}),
              ...(options.closed ? { closed: true } : {}),
              limit: Number.parseInt(options.limit, 10),
            },
            scope,
          ),
        );
      });

      if (options.json) {
        console.log(JSON.stringify(listed, null, 2));
        return;
      }
      console.log(
        [
          'program',
          'customer',
          'period',
          'state',
          'tier',
          'rebate',
          'accrued',
          'adjustments',
        ].join('\t'),
      );
      for (const row of listed.items) {
        const state = row.closed ? 'closed' : row.open ? 'open' : 'ended';
        console.log(
          [
            row.programCode,
            row.customerCode,
            row.periodStart,
            state,
            String(row.tier),
            row.rebate,
            row.accruedAmount,
            row.adjustmentsAmount,
          ].join('\t'),
        );
      }
      console.log(
        `${String(listed.items.length)} of ${String(listed.total)} rows`,
      );
    });
}

interface ListOptions {
  as?: string;
  program?: string;
  customer?: string;
  period?: string;
  open?: boolean;
  closed?: boolean;
  limit: string;
  json?: boolean;
}

async function run<T>(
  command: string,
  fn: Parameters<typeof withStore<T>>[1],
): Promise<T> {
  try {
    return await withStore(command, fn);
  } catch (error) {
    throw asAccrualUserError(error);
  }
}
