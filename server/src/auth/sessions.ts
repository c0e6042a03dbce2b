import type { Connection, Store } from '../db/database.js';
import type { AuthSettings } from './auth-settings.js';
import type { Principal } from './principal.js';
import { csrfTokenFor, newSecret, sha256Hex } from './secrets.js';

/** A new session: the id goes into the cookie and nowhere else. */
export interface IssuedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ActiveSession {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  connection: Connection,
  userId: number,
  client: { ip: string; userAgent: string },
  settings: AuthSettings,
): Promise<IssuedSession> {
  const sessionId = newSecret('');
  const now = settings.now();
  const expiresAt = new Date(
    now.getTime() + settings.sessionMaxHours * 3_600_000,
  );

  // Sessions that ran out are removed here, at the next login of anyone.
  await connection.query(
    'delete from sessions where expires_at <= $1 or last_seen_at < $2',
    [now, new Date(now.getTime() - settings.sessionIdleMinutes * 60_000)],
  );
  await connection.query(
    `insert into sessions (id_hash, user_id, ip, user_agent, created_at,
       last_seen_at, expires_at)
     values ($1, $2, $3, $4, $5, $5, $6)`,
    [
      sha256Hex(sessionId),
      userId,
      client.ip,
      client.userAgent.slice(0, 300),
      now,
      expiresAt,
    ],
  );
  return { sessionId, csrfToken: csrfTokenFor(sessionId), expiresAt };
}

interface SessionRow {
  userId: number;
  username: string;
  role: Principal['role'];
  userCode: string | null;
  customerId: number | null;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * The live session for a cookie value, or null. An expired or idle session
 * is removed; the last-seen time is kept to the minute.
 */
export async function resolveSession(
  store: Store,
  sessionId: string,
  settings: AuthSettings,
): Promise<ActiveSession | null> {
  const idHash = sha256Hex(sessionId);
  const now = settings.now();

  return store.transaction(async (connection) => {
    const [row] = await connection.query<SessionRow>(
      `select s.user_id as "userId", u.username, u.role,
         u.user_code as "userCode", u.customer_id as "customerId",
         s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt"
       from sessions s join users u on u.id = s.user_id
       where s.id_hash = $1 and u.status = 'active'`,
      [idHash],
    );
    if (!row) return null;

    const idleMs = now.getTime() - row.lastSeenAt.getTime();
    if (row.expiresAt <= now || idleMs > settings.sessionIdleMinutes * 60_000) {
      await connection.query('delete from sessions where id_hash = $1', [
        idHash,
      ]);
      return null;
    }
    if (idleMs > 60_000) {
      await connection.query(
        'update sessions set last_seen_at = $2 where id_hash = $1',
        [idHash, now],
      );
    }

    return {
      principal: {
        kind: 'user',
        id: row.userId,
        name: row.username,
        role: row.role,
        userCode: row.userCode,
        customerId: row.customerId,
      },
      csrfToken: csrfTokenFor(sessionId),
      expiresAt: row.expiresAt,
    };
  });
}

export async function deleteSession(
  store: Store,
  sessionId: string,
): Promise<void> {
  await store.transaction((connection) =>
    connection.query('delete from sessions where id_hash = $1', [
      sha256Hex(sessionId),
    ]),
  );
}
