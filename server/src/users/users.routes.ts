import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { roles } from '../auth/policy.js';
import { auditContextOf } from '../auth/request-context.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';
import { setUserStatus } from './update-user.js';

const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    userCode: z.string().nullable(),
    customerId: z.number().int().nullable(),
    status: z.enum(['active', 'disabled']),
  })
  .meta({ id: 'User' });

const newUserBody = z
  .object({
    username: z.string().min(2).max(64),
    password: z.string().min(1).max(1000),
    role: z.enum(roles),
    displayName: z.string().max(200).optional(),
    userCode: z.string().max(64).optional(),
    customerCode: z.string().max(64).optional(),
  })
  .meta({ id: 'NewUser' });

const refusals = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** Accounts, for administrators; auditors may list them. */
export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'users.read' },
      schema: {
        tags: ['users'],
        summary: 'Every user, by name',
        response: {
          200: z.object({ items: z.array(userSchema) }),
          ...refusals,
        },
      },
    },
    async () => ({ items: await listUsers(store) }),
  );

  app.post(
    '/',
    {
      config: { action: 'users.write' },
      schema: {
        tags: ['users'],
        summary: 'Creates a user with a role and its data binding',
        body: newUserBody,
        response: { 201: userSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const user = await createUser(
        store,
        request.body,
        auditContextOf(request),
      );
      return reply.status(201).send(user);
    },
  );

  app.put(
    '/:username/status',
    {
      config: { action: 'users.write' },
      schema: {
        tags: ['users'],
        summary: 'Disables (ending its sessions) or enables a user',
        params: z.object({ username: z.string() }),
        body: z.object({
          status: z.enum(['active', 'disabled']),
          reason: z.string().max(500).optional(),
        }),
        response: { 200: userSchema, ...refusals },
      },
    },
    async (request) =>
      setUserStatus(
        store,
        request.params.username,
        request.body.status,
        auditContextOf(request),
        request.body.reason ?? null,
      ),
  );
};
