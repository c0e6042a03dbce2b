import type { Connection, Store } from '../db/database.js';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import { assertStrongPassword, hashPassword } from '../auth/passwords.js';
import { AccountError } from './user-errors.js';
import {
  normalizeUsername,
  userViewColumns,
  type UserView,
} from './user-view.js';

/**
 * Disables or enables a login. Disabling ends the user's sessions at once;
 * the audit entry keeps the reason.
 */
export function setUserStatus(
  store: Store,
  username: string,
  status: UserView['status'],
  context: AuditContext,
  reason: string | null = null,
): Promise<UserView> {
  return store.transaction(async (connection) => {
    const before = await lockUser(connection, username);
    const [after] = await connection.query<UserView>(
      `update users set status = $2, updated_at = now() where id = $1
       returning ${userViewColumns}`,
      [before.id, status],
    );
    if (!after) throw new AccountError('user_not_found');
    if (status === 'disabled') {
      await connection.query('delete from sessions where user_id = $1', [
        before.id,
      ]);
    }

    await appendAudit(connection, context, {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: before.id,
      before,
      after,
      reason,
    });
    return after;
  });
}

/** An administrator sets a new password; the user's sessions end. */
export function resetPassword(
  store: Store,
  username: string,
  password: string,
  context: AuditContext,
): Promise<UserView> {
  assertStrongPassword(password);

  return store.transaction(async (connection) => {
    const user = await lockUser(connection, username);
    await storePassword(connection, user.id, await hashPassword(password));

    await appendAudit(connection, context, {
      action: 'user.reset_password',
      entity: 'user',
      entityId: user.id,
    });
    return user;
  });
}

/** Replaces the hash and ends every session of the user. */
export async function storePassword(
  connection: Connection,
  userId: number,
  passwordHash: string,
): Promise<void> {
  await connection.query(
    `update users set password_hash = $2, password_changed_at = now(),
       updated_at = now() where id = $1`,
    [userId, passwordHash],
  );
  await connection.query('delete from sessions where user_id = $1', [userId]);
}

async function lockUser(
  connection: Connection,
  username: string,
): Promise<UserView> {
  const [user] = await connection.query<UserView>(
    `select ${userViewColumns} from users where username = $1 for update`,
    [normalizeUsername(username)],
  );
  if (!user) throw new AccountError('user_not_found');
  return user;
}
