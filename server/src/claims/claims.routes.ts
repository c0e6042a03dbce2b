import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema } from '../http/paging.js';
import { actorOf } from '../programs/program-actor.js';
import {
  approveClaimBody,
  claimBody,
  claimListQuery,
  claimSchema,
  idParams,
  rejectClaimBody,
} from '../payouts/payout-schemas.js';
import { PayoutError } from '../payouts/payout-errors.js';
import { findClaim, listClaimRows } from './claim-view.js';
import { createClaim } from './create-claim.js';
import { decideClaim } from './decide-claim.js';

const tags = ['claims'];

const changeReplies = {
  200: claimSchema,
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** Claims (返利申请): filed by a customer, decided by an approver. */
export const claimRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'claims.read' },
      schema: {
        tags,
        summary: 'List claims, newest first',
        description:
          'A customer sees its own claims, a sales rep its customers’.',
        querystring: claimListQuery,
        response: {
          200: pageSchema('ClaimPage', claimSchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset, program, customer, period, status } =
        request.query;
      const page = await store.transaction((connection) =>
        listClaimRows(
          connection,
          {
            programCode: program,
            customerCode: customer,
            periodStart: period,
            status,
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
      config: { action: 'claims.read' },
      schema: {
        tags,
        summary: 'Get one claim',
        params: idParams,
        response: { 200: claimSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const claim = await store.transaction((connection) =>
        findClaim(connection, request.params.id, scopeOf(request)),
      );
      if (!claim) throw new PayoutError('claim_not_found');

      return claim.view;
    },
  );

  app.post(
    '/',
    {
      config: { action: 'claims.create' },
      schema: {
        tags,
        summary: 'Claim an amount for a closed period',
        description:
          'At most what the period owes and is not yet paid (settled + ' +
          'adjustments − payouts); one claim under review at a time.',
        body: claimBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const claim = await createClaim(
        store,
        request.body,
        actorOf(request),
        scopeOf(request),
      );
      request.log.info(
        {
          claimId: claim.id,
          programCode: claim.programCode,
          customerCode: claim.customerCode,
        },
        'claim filed',
      );

      return claim;
    },
  );

  app.post(
    '/:id/approve',
    {
      config: { action: 'claims.decide' },
      schema: {
        tags,
        summary: 'Approve a claim in full, or in part with a reason',
        params: idParams,
        body: approveClaimBody.nullish(),
        response: changeReplies,
      },
    },
    async (request) => {
      const claim = await decideClaim(
        store,
        request.params.id,
        {
          kind: 'approve',
          amount: request.body?.amount,
          reason: request.body?.reason,
        },
        actorOf(request),
        scopeOf(request),
      );
      request.log.info(
        { claimId: claim.id, status: claim.status },
        'claim approved',
      );

      return claim;
    },
  );

  app.post(
    '/:id/reject',
    {
      config: { action: 'claims.decide' },
      schema: {
        tags,
        summary: 'Reject a claim with a reason',
        params: idParams,
        body: rejectClaimBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const claim = await decideClaim(
        store,
        request.params.id,
        { kind: 'reject', reason: request.body.reason },
        actorOf(request),
        scopeOf(request),
      );
      request.log.info({ claimId: claim.id }, 'claim rejected');

      return claim;
    },
  );
};
