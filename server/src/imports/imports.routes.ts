import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorName } from '../auth/principal.js';
import { principalOf } from '../auth/request-context.js';
import { importKinds } from '../db/schema.js';
import type { Store } from '../db/database.js';
import { errorBodySchema, errorBodyWith } from '../http/error-schemas.js';
import { HttpError } from '../http/http-errors.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { listImportBatches, runImport } from './run-import.js';

/** The largest file one upload may carry. */
export const maxUploadBytes = 2 * 1024 ** 3;

const kindSchema = z.enum(importKinds).describe('What the file holds');

const badRowSchema = z
  .object({
    row: z.number().int().describe('1-based; the header is row 1'),
    column: z.string().nullable(),
    code: z.string().describe('e.g. unknown_customer, bad_date, conflict'),
    message: z.string(),
    value: z.string().optional(),
  })
  .meta({ id: 'BadRow' });

const importReportSchema = z
  .object({
    batchId: z.number().int().nullable(),
    kind: kindSchema,
    fileName: z.string(),
    sha256: z.string(),
    status: z.enum(['committed', 'rejected']),
    rows: z.object({
      total: z.number().int(),
      new: z.number().int(),
      updated: z.number().int(),
      duplicate: z.number().int(),
      bad: z.number().int(),
    }),
    badRows: z.array(badRowSchema),
  })
  .meta({ id: 'ImportReport' });

const importRejectedSchema = errorBodyWith('ImportRejectedError', {
  code: z.literal('import_rejected'),
  report: importReportSchema,
}).describe(
  'The file has bad rows and nothing was stored: `details` lists every bad ' +
    'row (row, column, code, message) and `report` is the full import ' +
    'report. Upload again with `skipBad=true` to store the good rows only.',
);

export const importBatchSchema = z
  .object({
    id: z.number().int(),
    kind: kindSchema,
    fileName: z.string(),
    sha256: z.string(),
    actor: z.string(),
    status: z.enum(['committed', 'rejected']),
    rows: importReportSchema.shape.rows,
    startedAt: z.string(),
    finishedAt: z.string(),
  })
  .meta({ id: 'ImportBatch' });

export const importRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxUploadBytes, files: 1, fields: 10 },
  });

  app.get(
    '/',
    {
      config: { action: 'imports.read' },
      schema: {
        tags: ['imports'],
        summary: 'List import batches, newest first',
        querystring: z.object({ ...pagingQuery, kind: kindSchema.optional() }),
        response: {
          200: pageSchema('ImportBatchPage', importBatchSchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset, kind } = request.query;
      const page = await listImportBatches(store, { limit, offset, kind });

      return { ...page, limit, offset };
    },
  );

  app.post(
    '/:kind',
    {
      config: { action: 'imports.run' },
      schema: {
        tags: ['imports'],
        summary: 'Import a file of customers, products, sales or targets',
        description:
          'Upload one file as multipart/form-data in the field `file` ' +
          '(CSV in UTF-8 or GB18030, or XLSX; English or Chinese headers). ' +
          'By default a file with any bad row stores nothing and gets 422; ' +
          'with `skipBad=true` the good rows are stored and the bad ones ' +
          'listed in the report.',
        consumes: ['multipart/form-data'],
        params: z.object({ kind: kindSchema }),
        querystring: z.object({
          skipBad: z
            .stringbool()
            .default(false)
            .describe('Store the good rows when some rows are bad'),
        }),
        response: {
          200: importReportSchema,
          400: errorBodySchema,
          413: errorBodySchema,
          422: importRejectedSchema,
        },
      },
    },
    async (request) => {
      const upload = await request.file();
      if (!upload || upload.fieldname !== 'file') {
        upload?.file.resume();
        throw new HttpError('file_required');
      }

      const report = await runImport(store, {
        kind: request.params.kind,
        fileName: upload.filename,
        source: upload.file,
        actor: actorName(principalOf(request)),
        origin: { requestId: request.id, ip: request.ip },
        skipBad: request.query.skipBad,
      });
      request.log.info(
        { importId: report.batchId, kind: report.kind, status: report.status },
        'import finished',
      );

      if (report.status === 'rejected') {
        throw new HttpError('import_rejected', report.badRows, { report });
      }
      return report;
    },
  );
};
