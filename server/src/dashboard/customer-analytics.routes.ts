import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { businessToday } from '../programs/business-date.js';
import { customerMonthlySales } from './customer-monthly-sales.js';
import { customerProgress } from './customer-progress.js';
import {
  customerMonthlySalesSchema,
  customerProgressSchema,
  monthlySalesQuery,
} from './dashboard-schemas.js';

const codeParams = z.object({ code: z.string().min(1) });
const tags = ['customers'];

/** Under /api/customers: one customer's progress and monthly sales. */
export const customerAnalyticsRoutes: FastifyPluginAsyncZod<{
  store: Store;
}> = async (app, { store }) => {
  app.get(
    '/:code/progress',
    {
      config: { action: 'accruals.read' },
      schema: {
        tags,
        summary: "A customer's tier progress in each program and period",
        description:
          'The current accrual rows of the customer, newest periods first, ' +
          'with the next tier of the stored result. A customer user reads ' +
          'its own, a sales rep their customers.',
        params: codeParams,
        response: { 200: customerProgressSchema, 404: errorBodySchema },
      },
    },
    async (request) =>
      customerProgress(store, request.params.code, scopeOf(request)),
  );

  app.get(
    '/:code/monthly-sales',
    {
      config: { action: 'customers.read' },
      schema: {
        tags,
        summary: "A customer's net sales per month, beside the year before",
        params: codeParams,
        querystring: monthlySalesQuery,
        response: {
          200: customerMonthlySalesSchema,
          400: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => {
      const year = request.query.year ?? Number(businessToday().slice(0, 4));

      return customerMonthlySales(
        store,
        request.params.code,
        year,
        scopeOf(request),
      );
    },
  );
};
