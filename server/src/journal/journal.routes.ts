import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { exportJournal, journalEncodings } from './export-journal.js';
import { journalEntryLines } from './journal-entries.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rangeQuery = {
  from: isoDate.optional().describe('First voucher date'),
  to: isoDate.optional().describe('Last voucher date'),
  program: z.string().min(1).optional().describe('One program'),
};

const journalLineSchema = z
  .object({
    voucherId: z.number().int(),
    voucherDate: z.string(),
    voucherYear: z.number().int(),
    voucherNo: z.number().int(),
    kind: z.string(),
    voucherMemo: z.string(),
    lineNo: z.number().int(),
    accountCode: z.string(),
    accountRole: z.string(),
    debit: z.string(),
    credit: z.string(),
    customerCode: z.string().nullable(),
    customerName: z.string().nullable(),
    programCode: z.string().nullable(),
    periodStart: z.string().nullable(),
    memo: z.string(),
  })
  .meta({ id: 'JournalLine' });

const tags = ['journal'];

export const journalRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/lines',
    {
      config: { action: 'journal.read' },
      schema: {
        tags,
        summary: 'Journal voucher lines in voucher order',
        querystring: z.object(rangeQuery),
        response: {
          200: z.object({ items: z.array(journalLineSchema) }),
          400: errorBodySchema,
        },
      },
    },
    async (request) => ({
      items: await store.transaction((connection) =>
        journalEntryLines(connection, request.query),
      ),
    }),
  );

  app.get(
    '/export',
    {
      config: { action: 'journal.read' },
      schema: {
        tags,
        summary: 'The journal as CSV vouchers for Kingdee / Yonyou imports',
        querystring: z.object({
          ...rangeQuery,
          encoding: z.enum(journalEncodings).default('utf8'),
          headers: z.enum(['en', 'zh']).default('en'),
        }),
        response: {
          200: {
            description: 'CSV, one row per voucher line',
            content: {
              'text/csv': {
                schema: z
                  .custom<Buffer>((value) => Buffer.isBuffer(value))
                  .meta({ type: 'string', format: 'binary' }),
              },
            },
          },
          400: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { encoding, headers, ...range } = request.query;
      const exported = await store.transaction((connection) =>
        exportJournal(connection, {
          ...range,
          encoding,
          chineseHeaders: headers === 'zh',
        }),
      );
      const charset = encoding === 'gbk' ? 'gbk' : 'utf-8';

      return reply
        .header('content-type', `text/csv; charset=${charset}`)
        .header('content-disposition', 'attachment; filename="journal.csv"')
        .send(exported.bytes);
    },
  );
};
