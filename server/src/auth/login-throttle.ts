import type { Store } from '../db/database.js';
import { raiseAlert, type AlertLogger } from './alerts.js';
import type { ThrottleSettings } from './auth-settings.js';

// Failed logins are counted per source, per account, and per account from one
// source. The pair gets growing delays; a source that keeps failing is
// blocked for a while. The account alone is never blocked, so nobody can lock
// an approver out by knowing the login: its failures only slow down the
// failed replies and raise an alert.

export type ThrottleVerdict =
  | { allowed: true }
  | {
      allowed: false;
      code: 'login_throttled' | 'source_blocked';
      retryAfterSeconds: number;
    };

interface Counter {
  key: string;
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

const sourceKey = (ip: string) => `source:${ip}`;
const accountKey = (username: string) => `account:${username}`;
const pairKey = (username: string, ip: string) => `pair:${username}@${ip}`;

/** The wait after n failures of one account from one source. */
export function pairDelayMs(failures: number, settings: ThrottleSettings) {
  if (failures <= settings.freeFailures) return 0;
  const doubled =
    settings.baseDelayMs * 2 ** (failures - settings.freeFailures - 1);
  return Math.min(doubled, settings.maxDelayMs);
}

/** How long a failed reply is held after n failures of one account. */
export function accountDelayMs(failures: number, settings: ThrottleSettings) {
  if (failures <= settings.freeFailures) return 0;
  const doubled = 100 * 2 ** (failures - settings.freeFailures - 1);
  return Math.min(doubled, settings.maxAccountDelayMs);
}

/** Whether a login attempt may be checked at all, before any password. */
export async function checkLoginThrottle(
  store: Store,
  username: string,
  ip: string,
  settings: ThrottleSettings,
  now: Date,
): Promise<ThrottleVerdict> {
  const counters = await readCounters(store, [
    sourceKey(ip),
    pairKey(username, ip),
  ]);
  const source = counters.get(sourceKey(ip));
  if (source?.blockedUntil && source.blockedUntil > now) {
    return refuse('source_blocked', source.blockedUntil, now);
  }

  const pair = counters.get(pairKey(username, ip));
  if (!pair || isStale(pair, settings, now)) return { allowed: true };
  const wait = pairDelayMs(pair.failures, settings);
  const allowedAt = new Date(pair.lastFailureAt.getTime() + wait);
  return allowedAt > now
    ? refuse('login_throttled', allowedAt, now)
    : { allowed: true };
}

export interface FailureOutcome {
  accountFailures: number;
  sourceBlocked: boolean;
}

/** Counts a failed login; blocks the source and alerts at the thresholds. */
export function recordLoginFailure(
  store: Store,
  username: string,
  ip: string,
  settings: ThrottleSettings,
  now: Date,
  logger: AlertLogger,
): Promise<FailureOutcome> {
  const windowStart = new Date(now.getTime() - settings.windowMinutes * 60_000);

  return store.transaction(async (connection) => {
    const count = async (key: string) => {
      const [row] = await connection.query<{ failures: number }>(
        `insert into login_throttle
           (key, failures, first_failure_at, last_failure_at)
         values ($1, 1, $2, $2)
         on conflict (key) do update set
           failures = case when login_throttle.last_failure_at < $3
             then 1 else login_throttle.failures + 1 end,
           first_failure_at = case when login_throttle.last_failure_at < $3
             then $2 else login_throttle.first_failure_at end,
           last_failure_at = $2
         returning failures`,
        [key, now, windowStart],
      );
      return row?.failures ?? 1;
    };

    await count(pairKey(username, ip));
    const accountFailures = await count(accountKey(username));
    const sourceFailures = await count(sourceKey(ip));

    const sourceBlocked = sourceFailures >= settings.blockSourceAfter;
    if (sourceBlocked) {
      const until = new Date(now.getTime() + settings.blockMinutes * 60_000);
      await connection.query(
        'update login_throttle set blocked_until = $2 where key = $1',
        [sourceKey(ip), until],
      );
      await raiseAlert(connection, logger, {
        kind: 'security.login_source_blocked',
        subject: ip,
        details: { ip, failures: sourceFailures, blockedUntil: until },
      });
    }
    if (accountFailures === settings.accountAlertAfter) {
      await raiseAlert(connection, logger, {
        kind: 'security.login_account_attacked',
        subject: username,
        details: { username, failures: accountFailures },
      });
    }
    return { accountFailures, sourceBlocked };
  });
}

/**
 * A successful login forgets the account's failures, not the source's, and
 * sweeps counters that have been quiet for a whole window.
 */
export async function recordLoginSuccess(
  store: Store,
  username: string,
  ip: string,
  settings: ThrottleSettings,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - settings.windowMinutes * 60_000);
  await store.transaction(async (connection) => {
    await connection.query('delete from login_throttle where key in ($1, $2)', [
      pairKey(username, ip),
      accountKey(username),
    ]);
    await connection.query(
      `delete from login_throttle where last_failure_at < $1
         and (blocked_until is null or blocked_until < $2)`,
      [windowStart, now],
    );
  });
}

async function readCounters(
  store: Store,
  keys: [string, string],
): Promise<Map<string, Counter>> {
  const rows = await store.transaction((connection) =>
    connection.query<Counter>(
      `select key, failures, last_failure_at as "lastFailureAt",
         blocked_until as "blockedUntil"
       from login_throttle where key in ($1, $2)`,
      keys,
    ),
  );
  return new Map(rows.map((row) => [row.key, row]));
}

function isStale(counter: Counter, settings: ThrottleSettings, now: Date) {
  const quietMs = now.getTime() - counter.lastFailureAt.getTime();
  return quietMs > settings.windowMinutes * 60_000;
}

function refuse(
  code: 'login_throttled' | 'source_blocked',
  until: Date,
  now: Date,
): ThrottleVerdict {
  const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
  return { allowed: false, code, retryAfterSeconds: Math.max(seconds, 1) };
}
