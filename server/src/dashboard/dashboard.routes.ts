import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { grantFor } from '../auth/policy.js';
import { principalOf, scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { businessToday } from '../programs/business-date.js';
import { DashboardCache } from './dashboard-cache.js';
import { dashboardQuery, dashboardSchema } from './dashboard-schemas.js';
import { readDashboard } from './read-dashboard.js';

export const dashboardRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  const cache = new DashboardCache();

  app.get(
    '/',
    {
      config: { action: 'dashboard.read' },
      schema: {
        tags: ['dashboard'],
        summary: 'Accrued and projected rebates, monthly cost, next tiers',
        description:
          'Read from the accrual rows as the last refresh left them, within ' +
          "the caller's scope: a sales rep's figures cover their own " +
          'customers only. A repeated read of an unchanged store (no new ' +
          'audit entry since) is answered from a cache in the server.',
        querystring: dashboardQuery,
        response: {
          200: dashboardSchema,
          400: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { role } = principalOf(request);

      return readDashboard(
        store,
        {
          asOf: request.query.asOf ?? businessToday(),
          scope: scopeOf(request),
          mayReadImports: grantFor(role, 'imports.read') === 'all',
        },
        cache,
      );
    },
  );
};
