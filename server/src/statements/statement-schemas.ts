import { z } from 'zod';
import { statementStatuses } from '../db/statement-schema.js';
import { pagingQuery } from '../http/paging.js';
import { locales } from '../http/locale.js';
import type { StatementRow } from './statement-rows.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const amount = z.string().describe('A decimal string, to the fen');

export const statementIdParams = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const statementListQuery = z.object({
  ...pagingQuery,
  customer: z.string().min(1).optional().describe('Customer code'),
  program: z.string().min(1).optional().describe('Program code'),
  periodStart: isoDate.optional(),
  status: z.enum(statementStatuses).optional(),
});

export const localeQuery = z.object({
  lang: z
    .enum(locales)
    .optional()
    .describe('zh-CN (default) or en-US; else Accept-Language decides'),
});

export const issueBody = z
  .object({
    customer: z.string().min(1).describe('Customer code'),
    program: z.string().min(1).describe('Program code'),
    periodStart: isoDate.describe('The start of one settlement period'),
  })
  .meta({ id: 'StatementIssue' });

export const disputeBody = z
  .object({ comment: z.string().trim().min(1).max(2000) })
  .meta({ id: 'StatementDispute' });

export const resolveBody = z
  .discriminatedUnion('outcome', [
    z.object({
      outcome: z.literal('adjustment'),
      amount: amount.describe('Positive: more is owed; negative: less'),
      reason: z.string().trim().max(2000).optional(),
    }),
    z.object({
      outcome: z.literal('rejection'),
      reason: z.string().trim().min(1).max(2000),
    }),
  ])
  .meta({ id: 'StatementResolution' });

export const statementSchema = z
  .object({
    id: z.number().int(),
    statementNo: z.string(),
    customerCode: z.string(),
    customerName: z.string(),
    programCode: z.string(),
    programVersion: z.number().int(),
    periodStart: isoDate,
    periodEnd: isoDate,
    preview: z.boolean().describe('An open period: never confirmed'),
    status: z.enum(statementStatuses),
    owedAmount: amount,
    issuedBy: z.string(),
    issuedAt: z.string(),
    answeredBy: z.string().nullable(),
    answeredAt: z.string().nullable(),
    disputeComment: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    resolutionReason: z.string().nullable(),
    adjustment: z
      .object({
        id: z.number().int(),
        amount,
        appliedPeriodStart: isoDate.nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Statement' });

export type StatementView = z.infer<typeof statementSchema>;

export function statementOf(row: StatementRow): StatementView {
  return {
    id: row.id,
    statementNo: row.statementNo,
    customerCode: row.customerCode,
    customerName: row.customerName,
    programCode: row.programCode,
    programVersion: row.programVersion,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    preview: row.preview,
    status: row.status,
    owedAmount: row.owedAmount,
    issuedBy: row.issuedBy,
    issuedAt: row.issuedAt,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    disputeComment: row.disputeComment,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
    resolutionReason: row.resolutionReason,
    adjustment:
      row.adjustmentId === null || row.adjustmentAmount === null
        ? null
        : {
            id: row.adjustmentId,
            amount: row.adjustmentAmount,
            appliedPeriodStart: row.adjustmentPeriodStart,
          },
  };
}
