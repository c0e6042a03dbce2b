import type { Store } from '../db/database.js';
import { normalizeUsername } from '../users/user-view.js';
import type { AlertLogger } from './alerts.js';
import { AuthError } from './auth-errors.js';
import type { AuthSettings } from './auth-settings.js';
import {
  accountDelayMs,
  checkLoginThrottle,
  recordLoginFailure,
  recordLoginSuccess,
} from './login-throttle.js';
import { verifyNobody, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import { createSession, type IssuedSession } from './sessions.js';

export interface LoginAttempt {
  username: string;
  password: string;
  ip: string;
  userAgent: string;
}

export interface LoginLogger extends AlertLogger {
  info(fields: object, message: string): void;
}

export interface LoggedIn {
  principal: Principal;
  displayName: string;
  session: IssuedSession;
}

interface Candidate {
  id: number;
  username: string;
  displayName: string;
  role: Principal['role'];
  userCode: string | null;
  customerId: number | null;
  passwordHash: string;
}

/**
 * Checks a user name and password, throttled per source and account, and
 * opens a session. Refusals never tell whether the user exists.
 */
export async function login(
  store: Store,
  attempt: LoginAttempt,
  settings: AuthSettings,
  logger: LoginLogger,
): Promise<LoggedIn> {
  const username = normalizeUsername(attempt.username);
  const { ip } = attempt;
  const verdict = await checkLoginThrottle(
    store,
    username,
    ip,
    settings.throttle,
    settings.now(),
  );
  if (!verdict.allowed) {
    logger.info({ username, ip, refusal: verdict.code }, 'login refused');
    throw new AuthError(verdict.code, [
      {
        code: 'retry_after_seconds',
        message: `try again in ${verdict.retryAfterSeconds} s`,
        value: String(verdict.retryAfterSeconds),
      },
    ]);
  }

  const user = await findActiveUser(store, username);
  const valid = user
    ? await verifyPassword(user.passwordHash, attempt.password)
    : await verifyNobody(attempt.password);

  if (!user || !valid) {
    const outcome = await recordLoginFailure(
      store,
      username,
      ip,
      settings.throttle,
      settings.now(),
      logger,
    );
    logger.info(
      { username, ip, accountFailures: outcome.accountFailures },
      'login failed',
    );
    await settings.sleep(
      accountDelayMs(outcome.accountFailures, settings.throttle),
    );
    throw new AuthError('login_failed');
  }

  await recordLoginSuccess(
    store,
    username,
    ip,
    settings.throttle,
    settings.now(),
  );
  const session = await store.transaction((connection) =>
    createSession(connection, user.id, attempt, settings),
  );
  logger.info({ username, ip, role: user.role }, 'logged in');

  return {
    principal: {
      kind: 'user',
      id: user.id,
      name: user.username,
      role: user.role,
      userCode: user.userCode,
      customerId: user.customerId,
    },
    displayName: user.displayName,
    session,
  };
}

async function findActiveUser(
  store: Store,
  username: string,
): Promise<Candidate | null> {
  const [user] = await store.transaction((connection) =>
    connection.query<Candidate>(
      `select id, username, display_name as "displayName", role,
         user_code as "userCode", customer_id as "customerId",
         password_hash as "passwordHash"
       from users where username = $1 and status = 'active'`,
      [username],
    ),
  );
  return user ?? null;
}
