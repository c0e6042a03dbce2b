import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { businessToday } from '../programs/business-date.js';
import { versionParams } from '../programs/program-schemas.js';
import { simulateVersion } from './simulate-version.js';
import {
  simulationRequestSchema,
  simulationSchema,
} from './simulation-schemas.js';

/** Under /api/programs: replaying a version over stored sales. */
export const simulationRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.post(
    '/:code/versions/:version/simulate',
    {
      config: { action: 'programs.simulate' },
      schema: {
        tags: ['programs'],
        summary: "Replay a version (drafts too) over a period's actual sales",
        description:
          'Runs the calculation over the stored sales of one period of the ' +
          "version's calendar, up to the period end (or asOf when earlier), " +
          'for the customers it would cover. Nothing is stored or booked.',
        params: versionParams,
        body: simulationRequestSchema,
        response: {
          200: simulationSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { code, version } = request.params;
      const result = await simulateVersion(store, {
        programCode: code,
        version,
        asOf: request.body.asOf ?? businessToday(),
        ...(request.body.period ? { period: request.body.period } : {}),
      });
      request.log.info(
        { programCode: code, version, periodStart: result.periodStart },
        'version simulated',
      );

      return result;
    },
  );
};
