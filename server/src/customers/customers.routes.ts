import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { createCustomer } from './create-customer.js';
import { CustomerError } from './customer-errors.js';
import {
  customerInputSchema,
  customerPatchSchema,
  customerSchema,
  customerStatuses,
} from './customer-schemas.js';
import { getCustomer } from './get-customer.js';
import { listCustomers } from './list-customers.js';
import { updateCustomer } from './update-customer.js';

const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().min(1).optional().describe('Part of code or name'),
  group: z.string().optional().describe('客户分组, exactly'),
  region: z.string().optional().describe('区域, exactly'),
  salesRep: z.string().optional().describe("The sales rep's user code"),
  tag: z.string().optional().describe('Customers with this tag'),
  status: z.enum(customerStatuses).optional(),
});

const codeParams = z.object({ code: z.string().min(1) });

const customerPage = pageSchema('CustomerPage', customerSchema);

export const customerRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: 'List customers by code, with filters and search',
        querystring: listQuery,
        response: { 200: customerPage, 400: errorBodySchema },
      },
    },
    async (request) => {
      const page = await listCustomers(store, request.query, scopeOf(request));
      const { limit, offset } = request.query;

      return { ...page, limit, offset };
    },
  );

  app.get(
    '/:code',
    {
      config: { action: 'customers.read' },
      schema: {
        tags: ['customers'],
        summary: 'Get one customer',
        params: codeParams,
        response: { 200: customerSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      const customer = await getCustomer(store, code, scopeOf(request));
      if (!customer) throw new CustomerError('customer_not_found', code);

      return customer;
    },
  );

  app.post(
    '/',
    {
      config: { action: 'customers.write' },
      schema: {
        tags: ['customers'],
        summary: 'Create a customer',
        body: customerInputSchema,
        response: {
          201: customerSchema,
          400: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const customer = await createCustomer(
        store,
        request.body,
        auditContextOf(request),
      );
      request.log.info({ customerCode: customer.code }, 'customer created');

      return reply.status(201).send(customer);
    },
  );

  app.patch(
    '/:code',
    {
      config: { action: 'customers.write' },
      schema: {
        tags: ['customers'],
        summary: 'Change some fields of a customer; the code stays',
        params: codeParams,
        body: customerPatchSchema,
        response: {
          200: customerSchema,
          400: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { code } = request.params;
      const customer = await updateCustomer(
        store,
        code,
        request.body,
        auditContextOf(request),
      );
      request.log.info({ customerCode: code }, 'customer updated');

      return customer;
    },
  );
};
