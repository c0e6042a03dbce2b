import os from 'node:os';
import { Option, type Command } from 'commander';
import type { AuditContext } from '../../audit/append-audit.js';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../auth/api-tokens.js';
import { roles, type Role } from '../../auth/policy.js';
import { createUser } from '../../users/create-user.js';
import { listUsers } from '../../users/list-users.js';
import { resetPassword, setUserStatus } from '../../users/update-user.js';
import { UserError } from '../cli-errors.js';
import { readNewPassword } from '../read-secret.js';
import { withStore as openStoreFor } from '../with-store.js';
import type { Store } from '../../db/database.js';
import { AuthError } from '../../auth/auth-errors.js';
import { AccountError } from '../../users/user-errors.js';

/** Opens the store; refusals of the account rules print as plain messages. */
async function withStore<T>(
  command: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  try {
    return await openStoreFor(command, fn);
  } catch (error) {
    if (error instanceof AccountError || error instanceof AuthError) {
      throw new UserError(error.message);
    }
    throw error;
  }
}

/** Changes made at the terminal are audited as the operating-system user. */
function cliContext(): AuditContext {
  return { actor: `cli:${os.userInfo().username}` };
}

const roleOption = () =>
  new Option('--role <role>', 'the role').choices(roles).makeOptionMandatory();

interface BindingOptions {
  userCode?: string;
  customer?: string;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('user accounts');

  user
    .command('create')
    .description('create a user; prompts for the password unless given')
    .addOption(roleOption())
    .option('--username <name>', 'the login name (default: the role)')
    .option(
      '--password <password>',
      'the password (visible in the shell history)',
    )
    .option('--display-name <name>', 'the name shown to people')
    .option(
      '--user-code <code>',
      "a sales rep's code, as in customers.sales_rep",
    )
    .option('--customer <code>', "a customer user's customer code")
    .action(
      async (
        options: BindingOptions & {
          role: Role;
          username?: string;
          password?: string;
          displayName?: string;
        },
      ) => {
        const password = options.password ?? (await readNewPassword());
        await withStore('user create', async (store) => {
          const created = await createUser(
            store,
            {
              username: options.username ?? options.role,
              password,
              role: options.role,
              displayName: options.displayName,
              userCode: options.userCode,
              customerCode: options.customer,
            },
            cliContext(),
          );
          console.log(
            `Created user ${created.username} (${created.role}, id ${created.id})`,
          );
        });
      },
    );

  user
    .command('list')
    .description('list users')
    .action(async () => {
      await withStore('user list', async (store) => {
        const rows = await listUsers(store);
        console.table(
          rows.map((row) => ({
            username: row.username,
            role: row.role,
            status: row.status,
            userCode: row.userCode ?? '',
            customerId: row.customerId ?? '',
            displayName: row.displayName,
          })),
        );
      });
    });

  for (const status of ['disabled', 'active'] as const) {
    user
      .command(status === 'disabled' ? 'disable' : 'enable')
      .description(
        status === 'disabled'
          ? 'disable a user and end their sessions'
          : 'enable a disabled user',
      )
      .argument('<username>')
      .option('--reason <text>', 'why, for the audit log')
      .action(async (username: string, options: { reason?: string }) => {
        await withStore(`user ${status}`, async (store) => {
          const changed = await setUserStatus(
            store,
            username,
            status,
            cliContext(),
            options.reason ?? null,
          );
          console.log(`User ${changed.username} is ${changed.status}`);
        });
      });
  }

  user
    .command('set-password')
    .description("set a user's password and end their sessions")
    .argument('<username>')
    .option(
      '--password <password>',
      'the password (visible in the shell history)',
    )
    .action(async (username: string, options: { password?: string }) => {
      const password = options.password ?? (await readNewPassword());
      await withStore('user set-password', async (store) => {
        const changed = await resetPassword(
          store,
          username,
          password,
          cliContext(),
        );
        console.log(`Password of ${changed.username} set`);
      });
    });

  registerTokenCommands(program);
}

function registerTokenCommands(program: Command): void {
  const token = program
    .command('token')
    .description('API tokens for integrations');

  token
    .command('create')
    .description('create a token and print it once')
    .requiredOption('--name <name>', 'what the token is for, e.g. erp-sync')
    .addOption(roleOption())
    .option(
      '--user-code <code>',
      "a sales rep's code, as in customers.sales_rep",
    )
    .option('--customer <code>', "a customer token's customer code")
    .option('--expires-days <days>', 'days until it expires (default: never)')
    .action(
      async (
        options: BindingOptions & {
          name: string;
          role: Role;
          expiresDays?: string;
        },
      ) => {
        const expiresInDays =
          options.expiresDays === undefined
            ? null
            : Number(options.expiresDays);
        if (
          expiresInDays !== null &&
          !(Number.isInteger(expiresInDays) && expiresInDays > 0)
        ) {
          throw new UserError('--expires-days takes a whole number of days');
        }
        await withStore('token create', async (store) => {
          const created = await createApiToken(
            store,
            {
              name: options.name,
              role: options.role,
              userCode: options.userCode,
              customerCode: options.customer,
              expiresInDays,
            },
            cliContext(),
          );
          console.error(
            `Token ${created.view.id} (${created.view.name}, ${created.view.role}) ` +
              'created. It is shown this once; send it as "Authorization: Bearer <token>":',
          );
          console.log(created.token);
        });
      },
    );

  token
    .command('list')
    .description('list tokens (never their values)')
    .action(async () => {
      await withStore('token list', async (store) => {
        const rows = await listApiTokens(store);
        console.table(
          rows.map((row) => ({
            id: row.id,
            name: row.name,
            role: row.role,
            revoked: row.revokedAt?.toISOString() ?? '',
            lastUsed: row.lastUsedAt?.toISOString() ?? '',
          })),
        );
      });
    });

  token
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>')
    .option('--reason <text>', 'why, for the audit log')
    .action(async (id: string, options: { reason?: string }) => {
      const tokenId = Number(id);
      if (!Number.isInteger(tokenId) || tokenId < 1) {
        throw new UserError(`not a token id: ${id}`);
      }
      await withStore('token revoke', async (store) => {
        const revoked = await revokeApiToken(
          store,
          tokenId,
          cliContext(),
          options.reason ?? null,
        );
        console.log(`Token ${revoked.id} (${revoked.name}) is revoked`);
      });
    });
}
