import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { scopeOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pickLocale, type Locale } from '../http/locale.js';
import { pageSchema } from '../http/paging.js';
import { actorOf } from '../programs/program-actor.js';
import { answerStatement } from './answer-statement.js';
import { issueStatement } from './issue-statement.js';
import { listStatements } from './list-statements.js';
import { renderStatementHtml } from './render-statement-html.js';
import { renderStatementPdf } from './render-statement-pdf.js';
import { resolveDispute } from './resolve-dispute.js';
import { findStatement, readStatementDocument } from './statement-rows.js';
import {
  disputeBody,
  issueBody,
  localeQuery,
  resolveBody,
  statementIdParams,
  statementListQuery,
  statementOf,
  statementSchema,
} from './statement-schemas.js';
import { statementView } from './statement-view.js';

const tags = ['statements'];

const stepReplies = {
  200: statementSchema,
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

// The PDF leaves as bytes, which zod cannot describe to OpenAPI on its own.
const pdfBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: 'string', format: 'binary' });

const statementDetailSchema = statementSchema
  .extend({
    document: z
      .record(z.string(), z.unknown())
      .describe('The StatementDocument as issued: terms, figures, steps'),
  })
  .meta({ id: 'StatementDetail' });

function localeOf(request: FastifyRequest, lang: Locale | undefined): Locale {
  return lang ?? pickLocale(request.headers['accept-language']);
}

/** Statements (返利对账单, DESIGN §5): issue, read, answer, resolve. */
export const statementRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'statements.read' },
      schema: {
        tags,
        summary: 'List statements, newest first',
        description:
          'A customer sees its own statements, a sales rep those of its ' +
          'customers; filters never widen that.',
        querystring: statementListQuery,
        response: {
          200: pageSchema('StatementPage', statementSchema),
          400: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { limit, offset, customer, program, periodStart, status } =
        request.query;
      const page = await listStatements(
        store,
        {
          customerCode: customer,
          programCode: program,
          periodStart,
          status,
          limit,
          offset,
        },
        scopeOf(request),
      );

      return {
        items: page.items.map(statementOf),
        total: page.total,
        limit,
        offset,
      };
    },
  );

  app.post(
    '/',
    {
      config: { action: 'statements.issue' },
      schema: {
        tags,
        summary: 'Issue a statement for one customer, program and period',
        description:
          'A closed period gets the statement the customer answers; an open ' +
          'one a preview (status `preview`, number PV-…) that is never ' +
          'confirmed. One statement stands per closed period.',
        body: issueBody,
        response: {
          201: statementSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { customer, program, periodStart } = request.body;
      const row = await issueStatement(
        store,
        { customerCode: customer, programCode: program, periodStart },
        actorOf(request),
      );
      request.log.info(
        {
          statementNo: row.statementNo,
          customerCode: customer,
          programCode: program,
          periodStart,
        },
        'statement issued',
      );

      return reply.status(201).send(statementOf(row));
    },
  );

  app.get(
    '/:id',
    {
      config: { action: 'statements.read' },
      schema: {
        tags,
        summary: 'Get one statement with its document',
        params: statementIdParams,
        response: { 200: statementDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;

      return store.transaction(async (connection) => {
        const row = await findStatement(connection, id, scopeOf(request));
        const document = await readStatementDocument(connection, id);

        return { ...statementOf(row), document: { ...document } };
      });
    },
  );

  app.get(
    '/:id.html',
    {
      config: { action: 'statements.read' },
      schema: {
        tags,
        summary: 'The statement as a printable HTML page',
        params: statementIdParams,
        querystring: localeQuery,
        response: {
          200: {
            description: 'The statement page',
            content: { 'text/html': { schema: z.string() } },
          },
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const document = await readInScope(store, request.params.id, request);
      const locale = localeOf(request, request.query.lang);
      const html = renderStatementHtml(statementView(document, locale));

      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .send(html);
    },
  );

  app.get(
    '/:id.pdf',
    {
      config: { action: 'statements.read' },
      schema: {
        tags,
        summary: 'The statement as a PDF download',
        description:
          'Set in Noto Sans CJK; 503 `statement_font_missing` when the ' +
          'server has no font with Chinese glyphs.',
        params: statementIdParams,
        querystring: localeQuery,
        response: {
          200: {
            description: 'The statement PDF',
            content: { 'application/pdf': { schema: pdfBytes } },
          },
          404: errorBodySchema,
          503: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const document = await readInScope(store, request.params.id, request);
      const locale = localeOf(request, request.query.lang);
      const pdf = await renderStatementPdf(statementView(document, locale));

      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${document.statementNo}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.post(
    '/:id/confirm',
    {
      config: { action: 'statements.answer' },
      schema: {
        tags,
        summary: "Confirm a statement (its customer's users only)",
        params: statementIdParams,
        response: stepReplies,
      },
    },
    async (request) => {
      const row = await answerStatement(
        store,
        request.params.id,
        { kind: 'confirm' },
        actorOf(request),
        scopeOf(request),
      );
      request.log.info({ statementNo: row.statementNo }, 'statement confirmed');

      return statementOf(row);
    },
  );

  app.post(
    '/:id/dispute',
    {
      config: { action: 'statements.answer' },
      schema: {
        tags,
        summary: 'Dispute a statement with a comment',
        params: statementIdParams,
        body: disputeBody,
        response: stepReplies,
      },
    },
    async (request) => {
      const row = await answerStatement(
        store,
        request.params.id,
        { kind: 'dispute', comment: request.body.comment },
        actorOf(request),
        scopeOf(request),
      );
      request.log.info({ statementNo: row.statementNo }, 'statement disputed');

      return statementOf(row);
    },
  );

  app.post(
    '/:id/resolve',
    {
      config: { action: 'statements.resolve' },
      schema: {
        tags,
        summary: 'Resolve a dispute with an adjustment or a rejection',
        description:
          'An adjustment is booked as a settlement adjustment of the ' +
          "statement's period in the program's next period that is not " +
          'closed, with its voucher. Refused with `own_work` for the ' +
          "statement's issuer.",
        params: statementIdParams,
        body: resolveBody,
        response: stepReplies,
      },
    },
    async (request) => {
      const row = await resolveDispute(
        store,
        request.params.id,
        request.body,
        actorOf(request),
        scopeOf(request),
      );
      request.log.info(
        { statementNo: row.statementNo, status: row.status },
        'dispute resolved',
      );

      return statementOf(row);
    },
  );
};

function readInScope(store: Store, id: number, request: FastifyRequest) {
  return store.transaction(async (connection) => {
    await findStatement(connection, id, scopeOf(request));

    return readStatementDocument(connection, id);
  });
}
