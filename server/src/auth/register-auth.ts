import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '../audit/audit.routes.js';
import type { Store } from '../db/database.js';
import { docsPath, openapiPath } from '../http/openapi.js';
import { userRoutes } from '../users/users.routes.js';
import { authRoutes } from './auth.routes.js';
import { defaultAuthSettings, type AuthSettings } from './auth-settings.js';
import { authorize, type AssetRoutes } from './authorize.js';
import { tokenRoutes } from './tokens.routes.js';

export interface RegisterAuthOptions {
  store: Store;
  settings?: AuthSettings;
  assetRoutes?: AssetRoutes;
}

/** The API docs and the console's files, served by plugins. */
const defaultAssetRoutes: AssetRoutes = {
  exact: ['/', '/*', openapiPath],
  prefixes: [docsPath],
};

/**
 * Puts every route behind the policy table and adds the routes of accounts
 * and the audit trail. Call it before any other route is added, so that each
 * one is checked for its declared action.
 */
export async function registerAuth(
  app: FastifyInstance,
  options: RegisterAuthOptions,
): Promise<void> {
  const settings = options.settings ?? defaultAuthSettings;
  const { store } = options;

  await app.register(authorize, {
    store,
    settings,
    assetRoutes: options.assetRoutes ?? defaultAssetRoutes,
  });
  await app.register(authRoutes, { prefix: '/api/auth', store, settings });
  await app.register(userRoutes, { prefix: '/api/users', store });
  await app.register(tokenRoutes, { prefix: '/api/tokens', store });
  await app.register(auditRoutes, { prefix: '/api/audit', store });
}
