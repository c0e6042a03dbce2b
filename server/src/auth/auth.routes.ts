import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { AuthError } from './auth-errors.js';
import type { AuthSettings } from './auth-settings.js';
import { sessionIdOf } from './authenticate.js';
import { changeOwnPassword } from './change-password.js';
import { login } from './login.js';
import { roles } from './policy.js';
import type { Principal } from './principal.js';
import { auditContextOf, principalOf } from './request-context.js';
import { deleteSession, type IssuedSession } from './sessions.js';

const principalSchema = z
  .object({
    kind: z.enum(['user', 'token']),
    id: z.number().int(),
    name: z.string(),
    role: z.enum(roles),
    userCode: z.string().nullable(),
    customerId: z.number().int().nullable(),
  })
  .meta({ id: 'Principal' });

const sessionSchema = z
  .object({
    principal: principalSchema,
    csrfToken: z
      .string()
      .nullable()
      .describe('Send it as x-csrf-token on every write; null for tokens'),
    expiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Session' });

const loginBody = z
  .object({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .meta({ id: 'LoginRequest' });

const passwordBody = z
  .object({
    currentPassword: z.string().min(1).max(1000),
    newPassword: z.string().min(1).max(1000),
  })
  .meta({ id: 'PasswordChange' });

export interface AuthRoutesOptions {
  store: Store;
  settings: AuthSettings;
}

/** Login, the current session, logout and password change. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { store, settings },
) => {
  const setSessionCookie = (
    request: FastifyRequest,
    reply: FastifyReply,
    session: IssuedSession,
  ) => {
    reply.setCookie(settings.cookieName, session.sessionId, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure:
        settings.secureCookie === 'auto'
          ? request.protocol === 'https'
          : settings.secureCookie,
      expires: session.expiresAt,
    });
  };

  app.post(
    '/login',
    {
      config: { action: 'auth.login' },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the HttpOnly session cookie',
        body: loginBody,
        response: {
          200: sessionSchema,
          401: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      try {
        const loggedIn = await login(
          store,
          {
            ...request.body,
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? '',
          },
          settings,
          request.log,
        );
        setSessionCookie(request, reply, loggedIn.session);
        return sessionReply(loggedIn.principal, loggedIn.session);
      } catch (error) {
        const retry = error instanceof AuthError ? retryAfter(error) : null;
        if (retry) reply.header('retry-after', retry);
        throw error;
      }
    },
  );

  app.get(
    '/session',
    {
      config: { action: 'auth.session' },
      schema: {
        tags: ['auth'],
        summary: 'The caller and the CSRF token of its session',
        response: { 200: sessionSchema, 401: errorBodySchema },
      },
    },
    async (request) => {
      const credential = request.credential;
      if (!credential) throw new AuthError('unauthenticated');
      return credential.via === 'session'
        ? sessionReply(credential.principal, credential)
        : sessionReply(credential.principal, null);
    },
  );

  app.post(
    '/logout',
    {
      config: { action: 'auth.logout' },
      schema: {
        tags: ['auth'],
        summary: 'Ends the session',
        response: { 204: z.null(), 401: errorBodySchema },
      },
    },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId) await deleteSession(store, sessionId);
      reply.clearCookie(settings.cookieName, { path: '/' });
      request.log.info({ actor: principalOf(request).name }, 'logged out');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      config: { action: 'auth.password' },
      schema: {
        tags: ['auth'],
        summary: 'Changes the own password; every other session ends',
        body: passwordBody,
        response: {
          200: sessionSchema,
          400: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'user') throw new AuthError('forbidden');

      const session = await changeOwnPassword(
        store,
        {
          userId: principal.id,
          currentPassword: request.body.currentPassword,
          newPassword: request.body.newPassword,
          client: {
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? '',
          },
        },
        settings,
        auditContextOf(request),
      );
      setSessionCookie(request, reply, session);
      return sessionReply(principal, session);
    },
  );
};

function sessionReply(
  principal: Principal,
  session: { csrfToken: string; expiresAt: Date } | null,
) {
  return {
    principal,
    csrfToken: session?.csrfToken ?? null,
    expiresAt: session?.expiresAt.toISOString() ?? null,
  };
}

function retryAfter(error: AuthError): string | null {
  const detail = error.details.find((d) => d.code === 'retry_after_seconds');
  return detail?.value ?? null;
}
