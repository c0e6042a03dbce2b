// Shared by the claim, payout and balance commands: the store, refusals as
// messages, the acting user's data scope, and output as JSON.
import type { Action } from '../../auth/policy.js';
import { scopeFor, type DataScope } from '../../auth/scope.js';
import type { Store } from '../../db/database.js';
import { PayoutError } from '../../payouts/payout-errors.js';
import type { ProgramActor } from '../../programs/program-actor.js';
import { UserError } from '../cli-errors.js';
import { withStore } from '../with-store.js';
import { actingUser } from './acting-user.js';
import { asUserError } from './program-output.js';

/** Runs `fn` as the user named by --as under `action`'s policy and scope. */
export async function actAs<T>(
  command: string,
  username: string,
  action: Action,
  fn: (store: Store, actor: ProgramActor, scope: DataScope) => Promise<T>,
): Promise<T> {
  try {
    return await withStore(command, async (store) => {
      const actor = await actingUser(store, username, action);
      return fn(store, actor, scopeFor(actor.principal, action));
    });
  } catch (error) {
    throw payoutUserError(error);
  }
}

function payoutUserError(error: unknown): unknown {
  if (error instanceof PayoutError) {
    const details = error.details.map((detail) =>
      detail.path ? `${detail.path}: ${detail.message}` : detail.message,
    );
    return new UserError(
      [`${error.code}: ${error.message}`, ...details].join('\n  '),
    );
  }
  return asUserError(error);
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

export function idArgument(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) {
    throw new UserError(`not an id: ${text}`);
  }
  return Number.parseInt(text, 10);
}
