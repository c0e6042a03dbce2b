import type { Command } from 'commander';
import { closePeriod } from '../../accruals/close-period.js';
import { withStore } from '../with-store.js';
import { actingUser, asUserOption } from './acting-user.js';
import { asAccrualUserError, isoDate } from './accrual-output.js';

/** `tierline period close`: an approver freezes a period's settlements. */
export function registerPeriodCommands(program: Command): void {
  const command = program
    .command('period')
    .description('settlement periods of a program');

  command
    .command('close')
    .description(
      'close an ended period of a program (earlier periods first): its ' +
        'accruals are refreshed and frozen as settlements',
    )
    .requiredOption('--program <code>', 'the program')
    .requiredOption(
      '--period <date>',
      'the period’s start, e.g. 2027-01-01',
      isoDate('--period'),
    )
    .addOption(asUserOption())
    .option('--reason <text>', 'why, for the audit trail')
    .option(
      '--as-of <date>',
      'the day the settlement is computed for (default today)',
      isoDate('--as-of'),
    )
    .action(async (options: CloseOptions) => {
      try {
        const closed = await withStore('period close', async (store) => {
          const actor = await actingUser(store, options.as, 'periods.close');
          return closePeriod(
            store,
            {
              programCode: options.program,
              periodStart: options.period,
              ...(options.asOf ? { asOf: options.asOf } : {}),
              reason: options.reason ?? null,
            },
            actor.audit,
          );
        });
        console.log(
          `Closed ${closed.programCode} ${closed.periodStart} – ` +
            `${closed.periodEnd}: ${String(closed.settlements)} settlements, ` +
            `total ${closed.total}.`,
        );
      } catch (error) {
        throw asAccrualUserError(error);
      }
    });
}

interface CloseOptions {
  program: string;
  period: string;
  as: string;
  reason?: string;
  asOf?: string;
}
