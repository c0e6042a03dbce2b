import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { businessToday } from '../programs/business-date.js';
import {
  accrualSchema,
  closedPeriodSchema,
  closePeriodRequestSchema,
  periodSchema,
  refreshReportSchema,
  refreshRequestSchema,
} from './accrual-schemas.js';
import { closePeriod } from './close-period.js';
import { listAccruals } from './list-accruals.js';
import { listPeriods, periodStates } from './list-periods.js';
import { recordAllWork } from './pending-work.js';
import { refreshInTransaction } from './refresh-accruals.js';

const listQuery = z.object({
  ...pagingQuery,
  program: z.string().min(1).optional().describe('A program code'),
  customer: z.string().min(1).optional().describe('A customer code'),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('A period start'),
  open: z.stringbool().optional().describe('Periods still running, or not'),
  closed: z.stringbool().optional().describe('Closed periods, or not'),
});

const periodListQuery = z.object({
  ...pagingQuery,
  program: z.string().min(1).optional().describe('A program code'),
  state: z.enum(periodStates).optional(),
});

const accrualPage = pageSchema('AccrualPage', accrualSchema);
const periodPage = pageSchema('SettlementPeriodPage', periodSchema);
const tags = ['accruals'];

export const accrualRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/accruals',
    {
      config: { action: 'accruals.read' },
      schema: {
        tags,
        summary: 'Current accrual figures per program, customer and period',
        querystring: listQuery,
        response: { 200: accrualPage, 400: errorBodySchema },
      },
    },
    async (request) => {
      const page = await store.transaction((connection) =>
        listAccruals(connection, request.query, scopeOf(request)),
      );
      const { limit, offset } = request.query;

      return { ...page, limit, offset };
    },
  );

  app.get(
    '/periods',
    {
      config: { action: 'accruals.read' },
      schema: {
        tags,
        summary: 'Settlement periods with accruals, newest first',
        description:
          'One row per program and period; the customers and the accrued ' +
          'sum count only the customers in your data scope.',
        querystring: periodListQuery,
        response: { 200: periodPage, 400: errorBodySchema },
      },
    },
    async (request) => {
      const page = await store.transaction((connection) =>
        listPeriods(connection, request.query, scopeOf(request)),
      );
      const { limit, offset } = request.query;

      return { ...page, limit, offset };
    },
  );

  app.post(
    '/accruals/refresh',
    {
      config: { action: 'accruals.refresh' },
      schema: {
        tags,
        summary: 'Recalculate every period not closed and book differences',
        body: refreshRequestSchema,
        response: { 200: refreshReportSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      const audit = auditContextOf(request);

      return store.transaction(async (connection) => {
        await recordAllWork(connection, `refresh:${audit.actor}`);
        return refreshInTransaction(connection, {
          asOf: request.body.asOf ?? businessToday(),
          audit,
        });
      });
    },
  );

  app.post(
    '/periods/close',
    {
      config: { action: 'periods.close' },
      schema: {
        tags,
        summary: "Close an ended period: freeze its customers' settlements",
        body: closePeriodRequestSchema,
        response: {
          200: closedPeriodSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { program, period, asOf, reason } = request.body;

      return closePeriod(
        store,
        {
          programCode: program,
          periodStart: period,
          ...(asOf ? { asOf } : {}),
          reason: reason ?? null,
        },
        auditContextOf(request),
      );
    },
  );
};
