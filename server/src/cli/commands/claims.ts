import type { Command } from 'commander';
import { claimStatuses, type ClaimStatus } from '../../db/payout-schema.js';
import { findClaim, listClaimRows } from '../../claims/claim-view.js';
import { createClaim } from '../../claims/create-claim.js';
import { decideClaim } from '../../claims/decide-claim.js';
import { PayoutError } from '../../payouts/payout-errors.js';
import { UserError } from '../cli-errors.js';
import { asUserOption } from './acting-user.js';
import { actAs, idArgument, printJson } from './payout-cli-support.js';

interface AsOptions {
  as: string;
}

/** `tierline claim ...`: claims (返利申请) filed and decided as --as. */
export function registerClaimCommands(program: Command): void {
  const command = program
    .command('claim')
    .description('rebate claims: create, approve, reject, list, show');

  command
    .command('create')
    .description('claim an amount for a closed period (as a customer user)')
    .requiredOption('--program <code>', 'the program')
    .requiredOption('--customer <code>', 'the customer')
    .requiredOption('--period <date>', 'the start of the closed period')
    .requiredOption('--amount <amount>', 'the amount, e.g. 1200.50')
    .option('--note <text>', 'a note for the approver')
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          program: string;
          customer: string;
          period: string;
          amount: string;
          note?: string;
        },
      ) => {
        const claim = await actAs(
          'claim create',
          options.as,
          'claims.create',
          (store, actor, scope) =>
            createClaim(
              store,
              {
                programCode: options.program,
                customerCode: options.customer,
                periodStart: options.period,
                amount: options.amount,
                note: options.note,
              },
              actor,
              scope,
            ),
        );
        printJson(claim);
      },
    );

  command
    .command('approve')
    .description(
      'approve a claim in full, or in part with --amount and --reason',
    )
    .argument('<id>')
    .option('--amount <amount>', 'less than claimed: an approval in part')
    .option('--reason <text>', 'why (required for an approval in part)')
    .addOption(asUserOption())
    .action(
      async (
        id: string,
        options: AsOptions & { amount?: string; reason?: string },
      ) => {
        const claim = await actAs(
          'claim approve',
          options.as,
          'claims.decide',
          (store, actor, scope) =>
            decideClaim(
              store,
              idArgument(id),
              {
                kind: 'approve',
                amount: options.amount,
                reason: options.reason,
              },
              actor,
              scope,
            ),
        );
        printJson(claim);
      },
    );

  command
    .command('reject')
    .description('reject a claim, with the reason')
    .argument('<id>')
    .requiredOption(
      '--reason <text>',
      'why, for the customer and the audit log',
    )
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions & { reason: string }) => {
      const claim = await actAs(
        'claim reject',
        options.as,
        'claims.decide',
        (store, actor, scope) =>
          decideClaim(
            store,
            idArgument(id),
            { kind: 'reject', reason: options.reason },
            actor,
            scope,
          ),
      );
      printJson(claim);
    });

  command
    .command('list')
    .description('the claims the user may see, newest first')
    .option('--program <code>')
    .option('--customer <code>')
    .option('--status <status>', claimStatuses.join(' | '))
    .addOption(asUserOption())
    .action(
      async (
        options: AsOptions & {
          program?: string;
          customer?: string;
          status?: string;
        },
      ) => {
        const status = claimStatusOf(options.status);
        const page = await actAs(
          'claim list',
          options.as,
          'claims.read',
          (store, _actor, scope) =>
            store.transaction((connection) =>
              listClaimRows(
                connection,
                {
                  programCode: options.program,
                  customerCode: options.customer,
                  status,
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
    .description('one claim')
    .argument('<id>')
    .addOption(asUserOption())
    .action(async (id: string, options: AsOptions) => {
      const claim = await actAs(
        'claim show',
        options.as,
        'claims.read',
        async (store, _actor, scope) => {
          const found = await store.transaction((connection) =>
            findClaim(connection, idArgument(id), scope),
          );
          if (!found) throw new PayoutError('claim_not_found');
          return found.view;
        },
      );
      printJson(claim);
    });
}

function claimStatusOf(text: string | undefined): ClaimStatus | undefined {
  if (text === undefined) return undefined;
  const status = claimStatuses.find((known) => known === text);
  if (!status)
    throw new UserError(`--status takes ${claimStatuses.join(', ')}`);
  return status;
}
