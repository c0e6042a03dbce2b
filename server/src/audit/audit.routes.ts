import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { listAudit } from './list-audit.js';

const headSchema = z
  .object({
    seq: z.number().int().describe('The number of the last entry'),
    hash: z.string().describe('Its sha256, to compare with `audit verify`'),
  })
  .meta({ id: 'AuditHead' });

const entrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const auditQuery = z.object({
  actor: z.string().optional(),
  action: z.string().optional(),
  entity: z.string().optional(),
  entityId: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  beforeSeq: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Entries numbered below this: the next page'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit trail, newest first, with the chain's head. */
export const auditRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries matching every given filter, newest first',
        querystring: auditQuery,
        response: {
          200: z
            .object({ entries: z.array(entrySchema), head: headSchema })
            .meta({ id: 'AuditPage' }),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { from, to, ...filter } = request.query;
      return listAudit(store, {
        ...filter,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
      });
    },
  );
};
