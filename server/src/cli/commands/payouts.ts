import type { Command } from 'commander';
import { createPayout, type PayoutInput } from '../../payouts/create-payout.js';
import type { GoodsRequest } from '../../payouts/form-details.js';
import { PayoutError } from '../../payouts/payout-errors.js';
import { findPayout, listPayoutRows } from '../../payouts/payout-view.js';
import { releasePayout } from '../../payouts/release-payout.js';
import { UserError } from '../cli-errors.js';
import { asUserOption } from './acting-user.js';
import { actAs, idArgument, printJson } from './payout-cli-support.js';

interface AsOptions {
  as: string;
}

interface CreateOptions extends AsOptions {
  claim?: string;
  program?: string;
  customer?: string;
  period: string[];
  goods: string[];
  memo?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `tierline payout ...`: payouts (兑付) created and released as --as. */
export function registerPayoutCommands(program: Command): void {
  const command = program
    .command('payout')
    .description('rebate payouts: create, release, list, show');

  command
    .command('create')
    .description(
      'create a payout from an approved claim (--claim) or for closed ' +
        'periods (--program --customer --period START=AMOUNT ...), in the ' +
        "program's payout form",
    )
    .option('--claim <id>', 'an approved claim')
    .option('--program <code>')
    .option('--customer <code>')
    .option(
      '--period <start=amount>',
      'a period and its amount; repeat',
      collect,
      [],
    )
    .option(
      '--goods <sku[=quantity]>',
      'a product for a goods payout; repeat',
      collect,
      [],
    )
    .option('--memo <text>')
    .addOption(asUserOption())
    .action(async (options: CreateOptions) => {
      const input = payoutInput(options);
      const payout = await actAs(
        'payout create',
        options.as,
        'payouts.create',
        (store, actor, scope) => createPayout(store, input, actor, scope),
      );
      printJson(payout);
    });

  command
    .command('release')
    .description("release a payout and book its voucher (never one's own)")
    .argument('<id>')
    .option('--released-on <date>', 'the voucher date (default today)')
    .addOption(asUserOption())
    .action(
      async (id: string, options: AsOptions & { releasedOn?: string }) => {
        const payout = await actAs(
          'payout release',
          options.as,
          'payouts.release',
          (store, actor, scope) =>
            releasePayout(store, idArgument(id), actor, scope, {
              releasedOn: options.releasedOn,
            }),
        );
        printJson(payout);
      },
    );

  command
    .command('list')
    .description('the payouts the user may see, newest first')
    .option('--program <code>')
    .option('--customer <code>')
    .addOption(asUserOption())
    .action(
      async (options: AsOptions & { program?: string; customer?: string }) => {
        const page = await actAs(
          'payout list',
          options.as,
          'payouts.read',
          (store, _actor, scope) =>
            store.transaction((connection) =>
              listPayoutRows(
                connection,
                {
                  programCode: options.program,
                  customerCode: options.customer,
                  limit: 500,
                  offset: 0,
                },
                scope,
              ),
            ),
        );
        printJson(page);
      },
    );

  command
    .command('show')
    .description("one payout with its form's document")
    .argument('<id>')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions) => {
      const payout = await actAs(
        'payout show',
        options.as,
        'payouts.read',
        async (store, _actor, scope) => {
          const found = await store.transaction((connection) =>
            findPayout(connection, idArgument(id), scope),
          );
          if (!found) throw new PayoutError('payout_not_found');
          return found.view;
        },
      );
      printJson(payout);
    });
}

function payoutInput(options: CreateOptions): PayoutInput {
  const goods = options.goods.map((text): GoodsRequest => {
    const [sku = '', quantity] = text.split('=');
    return quantity === undefined ? { sku } : { sku, quantity };
  });
  const extra = {
    goods: goods.length > 0 ? goods : undefined,
    memo: options.memo,
  };
  if (options.claim !== undefined) {
    return { claimId: idArgument(options.claim), ...extra };
  }
  if (!options.program || !options.customer || options.period.length === 0) {
    throw new UserError(
      'give --claim, or --program, --customer and --period START=AMOUNT',
    );
  }

  const periods = options.period.map((text) => {
    const [periodStart = '', amount = ''] = text.split('=');
    if (periodStart === '' || amount === '') {
      throw new UserError(
        `--period takes START=AMOUNT, e.g. 2027-01-01=1200.00, not ${text}`,
      );
    }
    return { periodStart, amount };
  });
  return {
    programCode: options.program,
    customerCode: options.customer,
    periods,
    ...extra,
  };
}
