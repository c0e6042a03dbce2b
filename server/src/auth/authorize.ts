import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Store } from '../db/database.js';
import { AuthError } from './auth-errors.js';
import { defaultAuthSettings, type AuthSettings } from './auth-settings.js';
import { authenticate, type Credential } from './authenticate.js';
import {
  grantFor,
  isAction,
  isPublicAction,
  policyTable,
  type Action,
} from './policy.js';
import type { Principal } from './principal.js';
import { scopeFor, type DataScope } from './scope.js';
import { sameSecret } from './secrets.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy table's action this route performs. Required. */
    action?: Action;
  }
  interface FastifyInstance {
    /** Every route with its action, in the order they were added. */
    declaredRoutes: readonly DeclaredRoute[];
  }
  interface FastifyRequest {
    /** The authenticated caller, null on public routes without one. */
    principal: Principal | null;
    /** The caller's data scope for the route's action. */
    dataScope: DataScope | null;
    credential: Credential | null;
  }
}

export interface AuthPluginOptions {
  store: Store;
  settings?: AuthSettings;
  assetRoutes?: AssetRoutes;
}

/**
 * Routes that plugins register for static assets (the API docs, the
 * console's files) and that cannot be tagged: they get the public action
 * `assets.read`. A prefix covers itself and the URLs below it.
 */
export interface AssetRoutes {
  exact?: string[];
  prefixes?: string[];
}

export interface DeclaredRoute {
  method: string;
  url: string;
  action: Action;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
export const csrfHeader = 'x-csrf-token';

/**
 * Authentication and authorization for every route: each route declares its
 * action (`config: { action }`); a route that declares none, or one the
 * policy table does not know, is refused when it is registered. Each request
 * is then checked against the table before its handler runs.
 */
async function authPlugin(
  app: FastifyInstance,
  options: AuthPluginOptions,
): Promise<void> {
  const settings = options.settings ?? defaultAuthSettings;
  const assetRoutes = options.assetRoutes ?? {};

  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('dataScope', null);
  app.decorateRequest('credential', null);

  const declaredRoutes: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declaredRoutes);
  app.addHook('onRoute', (route) => {
    const action = declareAction(route, assetRoutes);
    for (const method of [route.method].flat()) {
      declaredRoutes.push({ method, url: route.url, action });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return;
    const action = request.routeOptions.config.action;
    if (!isAction(action)) throw new AuthError('forbidden');

    const credential = await authenticate(
      request,
      reply,
      options.store,
      settings,
    );
    request.credential = credential;
    request.principal = credential?.principal ?? null;
    if (isPublicAction(action)) return;

    if (!credential) throw new AuthError('unauthenticated');
    if (credential.via === 'session' && !safeMethods.has(request.method)) {
      checkCsrf(request, credential.csrfToken);
    }
    if (grantFor(credential.principal.role, action) === null) {
      request.log.info(
        {
          actor: credential.principal.name,
          role: credential.principal.role,
          action,
        },
        'denied by policy',
      );
      throw new AuthError('forbidden');
    }
    request.dataScope = scopeFor(credential.principal, action);
  });
}

function declareAction(route: RouteOptions, assetRoutes: AssetRoutes): Action {
  const declared = route.config?.action;
  const action =
    declared ?? (isAsset(route.url, assetRoutes) ? 'assets.read' : undefined);
  const methods = [route.method].flat();

  if (!isAction(action)) {
    throw new Error(
      `Route ${methods.join(',')} ${route.url} declares no action of the ` +
        'policy table: add config: { action } (server/src/auth/policy.ts)',
    );
  }
  const writes = methods.some((method) => !safeMethods.has(method));
  if (!writes && policyTable[action].kind === 'write') {
    throw new Error(
      `Route ${methods.join(',')} ${route.url} reads but declares the write action ${action}`,
    );
  }
  if (writes && policyTable[action].kind === 'read') {
    throw new Error(
      `Route ${methods.join(',')} ${route.url} writes but declares the read action ${action}`,
    );
  }
  route.config = { ...route.config, action };
  return action;
}

function isAsset(url: string, assetRoutes: AssetRoutes): boolean {
  const { exact = [], prefixes = [] } = assetRoutes;
  return (
    exact.includes(url) ||
    prefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))
  );
}

function checkCsrf(request: FastifyRequest, expected: string): void {
  const given = request.headers[csrfHeader];
  if (typeof given !== 'string' || !sameSecret(given, expected)) {
    throw new AuthError('csrf_invalid');
  }
}

export const authorize = fp(authPlugin, {
  name: 'tierline-auth',
  fastify: '5.x',
});
