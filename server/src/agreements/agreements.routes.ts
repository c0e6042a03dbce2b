import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { HttpError } from '../http/http-errors.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { actorOf } from '../programs/program-actor.js';
import { acceptAgreement } from './accept-agreement.js';
import { activateAgreement } from './activate-agreement.js';
import { AgreementError } from './agreement-errors.js';
import {
  agreementDetailSchema,
  agreementIdParams,
  agreementSummarySchema,
  createAgreementBody,
  listAgreementsQuery,
  terminateAgreementBody,
  updateAgreementBody,
} from './agreement-schemas.js';
import { attachDocument } from './attach-document.js';
import { createAgreement } from './create-agreement.js';
import { extensionOf } from './document-type.js';
import { getAgreement } from './get-agreement.js';
import { getAgreementDocument } from './get-agreement-document.js';
import { listAgreements } from './list-agreements.js';
import { terminateAgreement } from './terminate-agreement.js';
import { updateAgreement } from './update-agreement.js';

const tags = ['agreements'];

// Sent as the raw bytes; the serializer never sees them.
const documentBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: 'string', format: 'binary' });

const changeReplies = {
  200: agreementDetailSchema,
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export interface AgreementRoutesOptions {
  store: Store;
  /** The largest signed document an upload may carry. */
  documentMaxBytes: number;
}

/** Agreements (返利协议): enrollment, the signed document, acceptance. */
export const agreementRoutes: FastifyPluginAsyncZod<
  AgreementRoutesOptions
> = async (app, { store, documentMaxBytes }) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: documentMaxBytes, files: 1, fields: 5 },
  });

  app.get(
    '/',
    {
      config: { action: 'agreements.read' },
      schema: {
        tags,
        summary: 'List agreements',
        description:
          'A sales rep sees the agreements of its customers, a customer ' +
          'user its own.',
        querystring: z.object({ ...pagingQuery, ...listAgreementsQuery }),
        response: {
          200: pageSchema('AgreementPage', agreementSummarySchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const page = await listAgreements(store, request.query, scopeOf(request));

      return { ...page, limit, offset };
    },
  );

  app.post(
    '/',
    {
      config: { action: 'agreements.write' },
      schema: {
        tags,
        summary: 'Enroll a customer in a program: a draft agreement',
        body: createAgreementBody,
        response: { ...changeReplies, 201: agreementDetailSchema },
      },
    },
    async (request, reply) => {
      const agreement = await createAgreement(
        store,
        request.body,
        actorOf(request),
      );
      request.log.info(
        {
          agreementId: agreement.id,
          programCode: agreement.programCode,
          customerCode: agreement.customerCode,
        },
        'agreement created',
      );

      return reply.status(201).send(agreement);
    },
  );

  app.get(
    '/:id',
    {
      config: { action: 'agreements.read' },
      schema: {
        tags,
        summary: 'Get one agreement with its targets and terms',
        params: agreementIdParams,
        response: { 200: agreementDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) => getAgreement(store, request.params.id, scopeOf(request)),
  );

  app.patch(
    '/:id',
    {
      config: { action: 'agreements.write' },
      schema: {
        tags,
        summary: "Change a draft's contract number, signing date or period",
        params: agreementIdParams,
        body: updateAgreementBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const { id } = request.params;
      const agreement = await updateAgreement(
        store,
        id,
        request.body,
        actorOf(request),
      );
      request.log.info({ agreementId: id }, 'agreement updated');

      return agreement;
    },
  );

  app.put(
    '/:id/document',
    {
      config: { action: 'agreements.write' },
      schema: {
        tags,
        summary: 'Attach the signed document to a draft agreement',
        description:
          'Upload one file as multipart/form-data in the field `file`: a ' +
          'PDF, PNG or JPEG, recognised by its content. Larger files than ' +
          'the limit get 413.',
        consumes: ['multipart/form-data'],
        params: agreementIdParams,
        response: { ...changeReplies, 413: errorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const upload = await request.file();
      if (!upload || upload.fieldname !== 'file') {
        upload?.file.resume();
        throw new HttpError('file_required');
      }
      const content = await upload.toBuffer().catch((error: unknown) => {
        throw isTooLarge(error)
          ? new AgreementError('document_too_large', [
              { message: `at most ${documentMaxBytes} bytes` },
            ])
          : error;
      });

      const agreement = await attachDocument(
        store,
        id,
        { fileName: upload.filename, content },
        documentMaxBytes,
        actorOf(request),
      );
      request.log.info(
        { agreementId: id, sha256: agreement.document?.sha256 },
        'agreement document attached',
      );

      return agreement;
    },
  );

  app.get(
    '/:id/document',
    {
      config: { action: 'agreements.read' },
      schema: {
        tags,
        summary: 'Download the signed document',
        description:
          'The document as uploaded (PDF, PNG or JPEG), as an attachment.',
        params: agreementIdParams,
        response: {
          200: {
            description: 'The document, as an attachment',
            content: {
              'application/pdf': { schema: documentBytes },
              'image/png': { schema: documentBytes },
              'image/jpeg': { schema: documentBytes },
            },
          },
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const document = await getAgreementDocument(
        store,
        request.params.id,
        scopeOf(request),
      );
      const name = `agreement-${document.agreementId}.${extensionOf(document.contentType)}`;

      return reply
        .header('content-type', document.contentType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(document.content);
    },
  );

  app.post(
    '/:id/activate',
    {
      config: { action: 'agreements.write' },
      schema: {
        tags,
        summary: 'Activate a complete draft agreement',
        description:
          'Refused with `agreement_incomplete` without a contract number, ' +
          'a signing date and the signed document.',
        params: agreementIdParams,
        response: changeReplies,
      },
    },
    async (request) => {
      const { id } = request.params;
      const agreement = await activateAgreement(store, id, actorOf(request));
      request.log.info({ agreementId: id }, 'agreement activated');

      return agreement;
    },
  );

  app.post(
    '/:id/terminate',
    {
      config: { action: 'agreements.write' },
      schema: {
        tags,
        summary: 'Terminate an agreement, with a reason',
        params: agreementIdParams,
        body: terminateAgreementBody,
        response: changeReplies,
      },
    },
    async (request) => {
      const { id } = request.params;
      const agreement = await terminateAgreement(
        store,
        id,
        request.body.reason,
        actorOf(request),
      );
      request.log.info({ agreementId: id }, 'agreement terminated');

      return agreement;
    },
  );

  app.post(
    '/:id/accept',
    {
      config: { action: 'agreements.accept' },
      schema: {
        tags,
        summary: 'Accept the terms of the own agreement (customer users)',
        params: agreementIdParams,
        response: changeReplies,
      },
    },
    async (request) => {
      const { id } = request.params;
      const agreement = await acceptAgreement(
        store,
        id,
        scopeOf(request),
        actorOf(request),
      );
      request.log.info({ agreementId: id }, 'agreement accepted');

      return agreement;
    },
  );
};

function isTooLarge(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE'
  );
}
