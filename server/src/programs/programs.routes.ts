import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../auth/request-context.js';
import { programStatuses } from '../db/program-schema.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { activateProgram } from './activate-program.js';
import { approveProgramVersion } from './approve-program-version.js';
import { businessToday } from './business-date.js';
import { closeProgram } from './close-program.js';
import { getProgram } from './get-program.js';
import { getProgramVersion } from './get-program-version.js';
import { listPrograms } from './list-programs.js';
import { actorOf } from './program-actor.js';
import { programFileRoutes } from './program-file.routes.js';
import {
  asOfQuery,
  optionalReasonBody,
  programCodeParams,
  programDetailSchema,
  programSummarySchema,
  programVersionDetailSchema,
  programViewSchema,
  reasonBody,
  versionParams,
} from './program-schemas.js';
import { rejectProgramVersion } from './reject-program-version.js';
import { submitProgramVersion } from './submit-program-version.js';

const tags = ['programs'];

const listQuery = asOfQuery.extend({
  ...pagingQuery,
  q: z.string().trim().min(1).optional().describe('Part of code or name'),
  status: z.enum(programStatuses).optional(),
});

const changeReplies = {
  200: programDetailSchema,
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** Programs and their versions: reading, and every step of DESIGN §5. */
export const programRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  await app.register(programFileRoutes, { store });

  app.get(
    '/',
    {
      config: { action: 'programs.read' },
      schema: {
        tags,
        summary: 'List programs by code',
        description:
          'Sales reps and customers see active and closed programs only, a ' +
          'customer those whose scope holds it.',
        querystring: listQuery,
        response: {
          200: pageSchema('ProgramPage', programSummarySchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset, q, status } = request.query;
      const asOf = request.query.asOf ?? businessToday();
      const page = await listPrograms(
        store,
        { limit, offset, q, status, asOf },
        scopeOf(request),
      );

      return { ...page, limit, offset };
    },
  );

  app.get(
    '/:code',
    {
      config: { action: 'programs.read' },
      schema: {
        tags,
        summary: 'Get one program with its versions',
        description:
          'Sales reps and customers get the customer-facing terms of the ' +
          'current version (`view: terms`), never the customer scope lists.',
        params: programCodeParams,
        querystring: asOfQuery,
        response: { 200: programViewSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? businessToday();

      return getProgram(store, request.params.code, scopeOf(request), asOf);
    },
  );

  app.get(
    '/:code/versions/:version',
    {
      config: { action: 'programs.file' },
      schema: {
        tags,
        summary: 'Get one version with its program file as JSON',
        params: versionParams,
        response: { 200: programVersionDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { code, version } = request.params;

      return getProgramVersion(store, code, version);
    },
  );

  app.post(
    '/:code/versions/:version/submit',
    {
      config: { action: 'programs.submit' },
      schema: {
        tags,
        summary: 'Submit a draft version for approval',
        params: versionParams,
        response: changeReplies,
      },
    },
    async (request) => {
      const { code, version } = request.params;
      const program = await submitProgramVersion(
        store,
        code,
        version,
        actorOf(request),
      );
      request.log.info({ programCode: code, version }, 'version submitted');

      return program;
    },
  );

  app.post(
    '/:code/versions/:version/approve',
    {
      config: { action: 'programs.approve' },
      schema: {
        tags,
        summary: 'Approve a submitted version',
        description:
          'Refused with `own_work` for its author and its submitter. ' +
          'Approved versions taking effect on or after it are superseded.',
        params: versionParams,
        response: changeReplies,
      },
    },
    async (request) => {
      const { code, version } = request.params;
      const program = await approveProgramVersion(
        store,
        code,
        version,
        actorOf(request),
      );
      request.log.info({ programCode: code, version }, 'version approved');

      return program;
    },
  );

  app.post(
    '/:code/versions/:version/reject',
    {
      config: { action: 'programs.approve' },
      schema: {
        tags,
        summary: 'Reject a submitted version, with a reason',
        params: versionParams,
        body: reasonBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const { code, version } = request.params;
      const program = await rejectProgramVersion(
        store,
        code,
        version,
        request.body.reason,
        actorOf(request),
      );
      request.log.info({ programCode: code, version }, 'version rejected');

      return program;
    },
  );

  app.post(
    '/:code/activate',
    {
      config: { action: 'programs.activate' },
      schema: {
        tags,
        summary: 'Activate an approved program',
        params: programCodeParams,
        response: changeReplies,
      },
    },
    async (request) => {
      const { code } = request.params;
      const program = await activateProgram(store, code, actorOf(request));
      request.log.info({ programCode: code }, 'program activated');

      return program;
    },
  );

  app.post(
    '/:code/close',
    {
      config: { action: 'programs.close' },
      schema: {
        tags,
        summary: 'Close an active program',
        params: programCodeParams,
        body: optionalReasonBody.nullish(),
        response: changeReplies,
      },
    },
    async (request) => {
      const { code } = request.params;
      const program = await closeProgram(
        store,
        code,
        request.body?.reason,
        actorOf(request),
      );
      request.log.info({ programCode: code }, 'program closed');

      return program;
    },
  );
};
