import type { Store } from '../db/database.js';
import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import { storePassword } from '../users/update-user.js';
import { AuthError } from './auth-errors.js';
import type { AuthSettings } from './auth-settings.js';
import {
  assertStrongPassword,
  hashPassword,
  verifyPassword,
} from './passwords.js';
import { createSession, type IssuedSession } from './sessions.js';

/**
 * A user changes their own password: the current one is checked, every
 * session of the user ends, and a fresh session replaces the caller's.
 */
export async function changeOwnPassword(
  store: Store,
  input: {
    userId: number;
    currentPassword: string;
    newPassword: string;
    client: { ip: string; userAgent: string };
  },
  settings: AuthSettings,
  context: AuditContext,
): Promise<IssuedSession> {
  assertStrongPassword(input.newPassword);
  const [user] = await store.transaction((connection) =>
    connection.query<{ passwordHash: string }>(
      'select password_hash as "passwordHash" from users where id = $1',
      [input.userId],
    ),
  );
  if (!user) throw new AuthError('unauthenticated');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AuthError('password_wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);

  return store.transaction(async (connection) => {
    await storePassword(connection, input.userId, passwordHash);
    await appendAudit(connection, context, {
      action: 'user.change_password',
      entity: 'user',
      entityId: input.userId,
    });
    return createSession(connection, input.userId, input.client, settings);
  });
}
