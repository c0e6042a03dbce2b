import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  type ApiTokenView,
} from './api-tokens.js';
import { roles } from './policy.js';
import { auditContextOf } from './request-context.js';

const tokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(roles),
    userCode: z.string().nullable(),
    customerId: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const newTokenBody = z
  .object({
    name: z.string().min(1).max(100),
    role: z.enum(roles),
    userCode: z.string().max(64).optional(),
    customerCode: z.string().max(64).optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .meta({ id: 'NewApiToken' });

const refusals = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

/** API tokens for integrations: the value is shown once, at creation. */
export const tokenRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'tokens.read' },
      schema: {
        tags: ['users'],
        summary: 'Every API token, without its value',
        response: {
          200: z.object({ items: z.array(tokenSchema) }),
          ...refusals,
        },
      },
    },
    async () => ({ items: (await listApiTokens(store)).map(tokenView) }),
  );

  app.post(
    '/',
    {
      config: { action: 'tokens.write' },
      schema: {
        tags: ['users'],
        summary: 'Creates a token; its value is in this reply only',
        body: newTokenBody,
        response: {
          201: z
            .object({ token: z.string(), apiToken: tokenSchema })
            .meta({ id: 'CreatedApiToken' }),
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(
        store,
        request.body,
        auditContextOf(request),
      );
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ token: created.token, apiToken: tokenView(created.view) });
    },
  );

  app.delete(
    '/:id',
    {
      config: { action: 'tokens.write' },
      schema: {
        tags: ['users'],
        summary: 'Revokes a token at once',
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: tokenSchema, ...refusals },
      },
    },
    async (request) =>
      tokenView(
        await revokeApiToken(store, request.params.id, auditContextOf(request)),
      ),
  );
};

function tokenView(view: ApiTokenView) {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    ...view,
    createdAt: view.createdAt.toISOString(),
    expiresAt: iso(view.expiresAt),
    revokedAt: iso(view.revokedAt),
    lastUsedAt: iso(view.lastUsedAt),
  };
}
