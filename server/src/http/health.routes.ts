import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from './error-schemas.js';
import { HttpError } from './http-errors.js';

const readyTimeoutMs = 3_000;

const healthSchema = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health' });

/** `/health`: the process answers. `/ready`: the store answers too. */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/health',
    {
      config: { action: 'health.read' },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers',
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { action: 'health.read' },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the store answers a query',
        response: { 200: healthSchema, 503: errorBodySchema },
      },
    },
    async (request) => {
      try {
        await withTimeout(store.db.execute(sql`select 1`), readyTimeoutMs);
      } catch (error) {
        request.log.warn({ err: error }, 'the store does not answer');
        throw new HttpError('service_unavailable');
      }

      return { status: 'ok' as const };
    },
  );
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
