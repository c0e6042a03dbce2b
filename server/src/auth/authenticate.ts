import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../db/database.js';
import { resolveApiToken } from './api-tokens.js';
import { AuthError } from './auth-errors.js';
import type { AuthSettings } from './auth-settings.js';
import type { Principal } from './principal.js';
import { resolveSession } from './sessions.js';

/** How the caller proved who it is. */
export type Credential =
  | { via: 'token'; principal: Principal }
  | {
      via: 'session';
      principal: Principal;
      csrfToken: string;
      expiresAt: Date;
    };

// The session id read from the cookie, kept off the request object so no
// serializer or log line can pick it up.
const sessionIds = new WeakMap<FastifyRequest, string>();

export function sessionIdOf(request: FastifyRequest): string | null {
  return sessionIds.get(request) ?? null;
}

/**
 * The caller's credential: a bearer token when the request has an
 * Authorization header (a bad one is refused, never tried as a session),
 * else the session cookie. Null when there is neither.
 */
export async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  store: Store,
  settings: AuthSettings,
): Promise<Credential | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const principal = match?.[1]
      ? await resolveApiToken(store, match[1], settings.now())
      : null;
    if (!principal) throw new AuthError('unauthenticated');
    return { via: 'token', principal };
  }

  const sessionId = request.cookies[settings.cookieName];
  if (!sessionId) return null;
  const session = await resolveSession(store, sessionId, settings);
  if (!session) {
    reply.clearCookie(settings.cookieName, { path: '/' });
    return null;
  }

  sessionIds.set(request, sessionId);
  return { via: 'session', ...session };
}
