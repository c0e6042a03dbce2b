import type { Connection, Store } from '../db/database.js';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import { assertStrongPassword, hashPassword } from '../auth/passwords.js';
import type { Role } from '../auth/policy.js';
import { resolveRoleBinding, type RoleBindingInput } from './role-binding.js';
import { AccountError } from './user-errors.js';
import {
  isValidUsername,
  normalizeUsername,
  userViewColumns,
  type UserView,
} from './user-view.js';

export interface NewUser extends RoleBindingInput {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
}

export function createUser(
  store: Store,
  input: NewUser,
  context: AuditContext,
): Promise<UserView> {
  return store.transaction((connection) =>
    createUserIn(connection, input, context),
  );
}

/** Creates the user and its audit entry in the caller's transaction. */
export async function createUserIn(
  connection: Connection,
  input: NewUser,
  context: AuditContext,
): Promise<UserView> {
  const username = normalizeUsername(input.username);
  if (!isValidUsername(username)) throw new AccountError('user_name_invalid');
  assertStrongPassword(input.password);
  const binding = await resolveRoleBinding(connection, input.role, input);

  const passwordHash = await hashPassword(input.password);
  const [user] = await connection.query<UserView>(
    `insert into users (username, display_name, role, user_code,
       customer_id, password_hash)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (username) do nothing
     returning ${userViewColumns}`,
    [
      username,
      input.displayName?.trim() ?? '',
      input.role,
      binding.userCode,
      binding.customerId,
      passwordHash,
    ],
  );
  if (!user) throw new AccountError('user_exists');

  await appendAudit(connection, context, {
    action: 'user.create',
    entity: 'user',
    entityId: user.id,
    after: user,
  });
  return user;
}
