// `--as USER`: the program commands act as a Tierline user, held to the same
// policy table and separation of duties as in the API. The CLI opens the
// store directly, so it is an operator's tool: whoever runs it can name any
// user, and the audit log records the change as that user's.
import { Option } from 'commander';
import { grantFor, type Action, type Role } from '../../auth/policy.js';
import { actorName, type Principal } from '../../auth/principal.js';
import type { Store } from '../../db/database.js';
import type { ProgramActor } from '../../programs/program-actor.js';
import { UserError } from '../cli-errors.js';

export const asUserOption = () =>
  new Option('--as <user>', 'act as this user (login name)')
    .env('TIERLINE_USER')
    .makeOptionMandatory();

interface UserRow {
  id: number;
  username: string;
  role: Role;
  userCode: string | null;
  customerId: number | null;
  status: 'active' | 'disabled';
}

/** The named user as the actor of `action`, or a refusal to print. */
export async function actingUser(
  store: Store,
  username: string,
  action: Action,
): Promise<ProgramActor> {
  const [user] = await store.transaction((connection) =>
    connection.query<UserRow>(
      `select id, username, role, user_code as "userCode",
              customer_id as "customerId", status
         from users where username = $1`,
      [username.trim().toLowerCase()],
    ),
  );
  if (!user) throw new UserError(`no user is named ${username}`);
  if (user.status !== 'active') {
    throw new UserError(`user ${user.username} is disabled`);
  }
  if (grantFor(user.role, action) === null) {
    throw new UserError(
      `user ${user.username} (${user.role}) may not do ${action}`,
    );
  }

  const principal: Principal = {
    kind: 'user',
    id: user.id,
    name: user.username,
    role: user.role,
    userCode: user.userCode,
    customerId: user.customerId,
  };
  return { principal, audit: { actor: actorName(principal) } };
}
