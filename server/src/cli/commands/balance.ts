import type { Command } from 'commander';
import { drawOrder } from '../../balances/draw-order.js';
import { showBalance } from '../../balances/show-balance.js';
import { businessToday } from '../../programs/business-date.js';
import { asUserOption } from './acting-user.js';
import { actAs, printJson } from './payout-cli-support.js';

interface AsOptions {
  as: string;
}

/** `tierline balance ...`: the rebate balance (返利余额) and orders on it. */
export function registerBalanceCommands(program: Command): void {
  const command = program
    .command('balance')
    .description('the rebate balance: draw (present an order), show');

  command
    .command('draw')
    .description(
      'present an order: it draws what the balance rules allow; the same ' +
        'order number again changes nothing',
    )
    .requiredOption('--order <no>', 'the order number')
    .requiredOption('--customer <code>')
    .requiredOption('--date <date>', 'the order date, YYYY-MM-DD')
    .requiredOption('--amount <amount>', 'the order amount, VAT excluded')
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          order: string;
          customer: string;
          date: string;
          amount: string;
        },
      ) => {
        const drawn = await actAs(
          'balance draw',
          options.as,
          'balances.draw',
          (store, actor, scope) =>
            drawOrder(
              store,
              {
                orderNo: options.order,
                customerCode: options.customer,
                orderDate: options.date,
                orderAmount: options.amount,
              },
              actor,
              scope,
            ),
        );
        printJson(drawn);
      },
    );

  command
    .command('show')
    .description("a customer's balance; credit past its validity is released")
    .requiredOption('--customer <code>')
    .option('--as-of <date>', 'the day (default today)')
    .addOption(asUserOption())
    .action(
      async (options: AsOptions & { customer: string; asOf?: string }) => {
        const balance = await actAs(
          'balance show',
          options.as,
          'balances.read',
          (store, actor, scope) =>
            showBalance(
              store,
              options.customer,
              options.asOf ?? businessToday(),
              actor,
              scope,
            ),
        );
        printJson(balance);
      },
    );
}
