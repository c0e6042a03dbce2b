import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { businessToday } from '../programs/business-date.js';
import { actorOf } from '../programs/program-actor.js';
import {
  balanceQuery,
  balanceSchema,
  customerCodeParams,
  orderBody,
  orderDrawSchema,
} from '../payouts/payout-schemas.js';
import { drawOrder } from './draw-order.js';
import { showBalance } from './show-balance.js';

const tags = ['balances'];

/** The rebate balance (返利余额): what orders may still draw on. */
export const balanceRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.post(
    '/orders',
    {
      config: { action: 'balances.draw' },
      schema: {
        tags,
        summary: 'Present an order: it draws what the balance rules allow',
        description:
          'Idempotent on the order number. Oldest expiry first; each ' +
          'program’s minimum order amount and maximum share apply.',
        body: orderBody,
        response: {
          200: orderDrawSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request) => {
      const drawn = await drawOrder(
        store,
        request.body,
        actorOf(request),
        scopeOf(request),
      );
      request.log.info(
        {
          orderNo: drawn.orderNo,
          customerCode: drawn.customerCode,
          drawn: drawn.drawn,
        },
        'order drew on the balance',
      );

      return drawn;
    },
  );

  app.get(
    '/:code',
    {
      config: { action: 'balances.read' },
      schema: {
        tags,
        summary: 'A customer’s rebate balance on a day',
        description:
          'Credit past its validity is released (booked) by the look.',
        params: customerCodeParams,
        querystring: balanceQuery,
        response: { 200: balanceSchema, 404: errorBodySchema },
      },
    },
    async (request) =>
      showBalance(
        store,
        request.params.code,
        request.query.asOf ?? businessToday(),
        actorOf(request),
        scopeOf(request),
      ),
  );
};
