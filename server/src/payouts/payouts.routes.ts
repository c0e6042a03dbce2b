import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema } from '../http/paging.js';
import { actorOf } from '../programs/program-actor.js';
import { createPayout } from './create-payout.js';
import { PayoutError } from './payout-errors.js';
import {
  idParams,
  payoutBody,
  payoutListQuery,
  payoutSchema,
  releaseBody,
} from './payout-schemas.js';
import { findPayout, listPayoutRows } from './payout-view.js';
import { releasePayout } from './release-payout.js';

const tags = ['payouts'];

const changeReplies = {
  200: payoutSchema,
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** Payouts (兑付): created by finance, released by another approver. */
export const payoutRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'payouts.read' },
      schema: {
        tags,
        summary: 'List payouts, newest first',
        description:
          'A customer sees its own payouts, a sales rep its customers’.',
        querystring: payoutListQuery,
        response: {
          200: pageSchema('PayoutPage', payoutSchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset, program, customer, status, form } = request.query;
      const page = await store.transaction((connection) =>
        listPayoutRows(
          connection,
          {
            programCode: program,
            customerCode: customer,
            status,
            form,
            limit,
            offset,
          },
          scopeOf(request),
        ),
      );

      return { ...page, limit, offset };
    },
  );

  app.get(
    '/:id',
    {
      config: { action: 'payouts.read' },
      schema: {
        tags,
        summary: 'Get one payout with its form’s document',
        params: idParams,
        response: { 200: payoutSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const payout = await store.transaction((connection) =>
        findPayout(connection, request.params.id, scopeOf(request)),
      );
      if (!payout) throw new PayoutError('payout_not_found');

      return payout.view;
    },
  );

  app.post(
    '/',
    {
      config: { action: 'payouts.create' },
      schema: {
        tags,
        summary: 'Create a payout of closed periods, in the program’s form',
        description:
          'Never more than a period owes and is not yet paid. A credit note ' +
          'is split by the VAT rates of the counted sales; goods are priced ' +
          'at list price, their remainder left owed.',
        body: payoutBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const payout = await createPayout(
        store,
        request.body,
        actorOf(request),
        scopeOf(request),
      );
      request.log.info(
        {
          payoutId: payout.id,
          programCode: payout.programCode,
          customerCode: payout.customerCode,
        },
        'payout created',
      );

      return payout;
    },
  );

  app.post(
    '/:id/release',
    {
      config: { action: 'payouts.release' },
      schema: {
        tags,
        summary: 'Release a payout and book its voucher',
        description: 'Refused with `own_work` for the payout’s creator.',
        params: idParams,
        body: releaseBody.nullish(),
        response: changeReplies,
      },
    },
    async (request) => {
      const payout = await releasePayout(
        store,
        request.params.id,
        actorOf(request),
        scopeOf(request),
        { releasedOn: request.body?.releasedOn },
      );
      request.log.info({ payoutId: payout.id }, 'payout released');

      return payout;
    },
  );
};
