import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AuthSettings } from '../auth/auth-settings.js';
import { agreementRoutes } from '../agreements/agreements.routes.js';
import { documentMaxBytes } from '../agreements/document-limit.js';
import { registerAuth } from '../auth/register-auth.js';
import { balanceRoutes } from '../balances/balances.routes.js';
import { claimRoutes } from '../claims/claims.routes.js';
import { customerRoutes } from '../customers/customers.routes.js';
import { customerAnalyticsRoutes } from '../dashboard/customer-analytics.routes.js';
import { dashboardRoutes } from '../dashboard/dashboard.routes.js';
import type { Store } from '../db/database.js';
import { importRoutes } from '../imports/imports.routes.js';
import { payoutRoutes } from '../payouts/payouts.routes.js';
import { programRoutes } from '../programs/programs.routes.js';
import { accrualRoutes } from '../accruals/accruals.routes.js';
import { journalRoutes } from '../journal/journal.routes.js';
import type { Config } from '../platform/config.js';
import { productRoutes } from '../products/products.routes.js';
import { simulationRoutes } from '../simulation/simulation.routes.js';
import { statementRoutes } from '../statements/statements.routes.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { registerErrorHandler } from './error-handler.js';
import { healthRoutes } from './health.routes.js';
import { registerOpenApi } from './openapi.js';
import { registerRequestIdEcho, requestIdOf } from './request-id.js';
import { validatorCompiler } from './request-validation.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerShutdownGuard } from './shutdown-guard.js';
import {
  consolePageFallback,
  defaultWebDistDir,
  findWebConsole,
  registerWebConsole,
} from './web-console.js';

export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel'>;
  /** The process logger; one is made from config.logLevel when absent. */
  logger?: Logger;
  /** The console's build folder (default `web/dist`). */
  webDistDir?: string;
  /** Session and login-throttle settings; tests set a clock. */
  auth?: AuthSettings;
  /** The largest agreement document (default from the environment). */
  agreementDocumentMaxBytes?: number;
}

/**
 * The HTTP API as a Fastify instance, ready for `listen()` or, in tests,
 * `inject()` without a socket.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const logger: FastifyBaseLogger =
    options.logger ?? createLogger({ level: options.config.logLevel });

  const app = Fastify({
    loggerInstance: logger,
    genReqId: requestIdOf,
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Hooks and handlers first: routes take them over when they are added.
  const consoleDir = findWebConsole(options.webDistDir ?? defaultWebDistDir);
  registerErrorHandler(app, consoleDir ? consolePageFallback : null);
  registerRequestIdEcho(app);
  registerSecurityHeaders(app);
  registerShutdownGuard(app);

  // Every route added after this declares its policy action (issue 4).
  await registerAuth(app, { store, settings: options.auth });
  await registerOpenApi(app);
  await app.register(healthRoutes, { store });
  await app.register(customerRoutes, { prefix: '/api/customers', store });
  await app.register(customerAnalyticsRoutes, {
    prefix: '/api/customers',
    store,
  });
  await app.register(productRoutes, { prefix: '/api/products', store });
  await app.register(importRoutes, { prefix: '/api/imports', store });
  await app.register(programRoutes, { prefix: '/api/programs', store });
  await app.register(simulationRoutes, { prefix: '/api/programs', store });
  await app.register(dashboardRoutes, { prefix: '/api/dashboard', store });
  await app.register(accrualRoutes, { prefix: '/api', store });
  await app.register(journalRoutes, { prefix: '/api/journal', store });
  await app.register(agreementRoutes, {
    prefix: '/api/agreements',
    store,
    documentMaxBytes: options.agreementDocumentMaxBytes ?? documentMaxBytes(),
  });
  await app.register(claimRoutes, { prefix: '/api/claims', store });
  await app.register(payoutRoutes, { prefix: '/api/payouts', store });
  await app.register(balanceRoutes, { prefix: '/api/balances', store });
  await app.register(statementRoutes, { prefix: '/api/statements', store });
  await registerWebConsole(app, consoleDir);

  return app;
}
