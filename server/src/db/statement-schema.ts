import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at } from './columns.js';

// Statements (返利对账单, DESIGN §5): what one customer was shown for one
// period of one program, frozen at issue as a document, and the customer's
// answer to it. The document never changes; the row records each step of
// the workflow (issued → confirmed, or disputed → adjusted | rejected) with
// who and when, and the audit log records each step too.

export const statementStatuses = [
  'preview',
  'issued',
  'confirmed',
  'disputed',
  'adjusted',
  'rejected',
] as const;
export type StatementStatus = (typeof statementStatuses)[number];

export const statements = pgTable(
  'statements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    statementNo: text('statement_no').notNull(),
    customerId: integer('customer_id').notNull(),
    programCode: text('program_code').notNull(),
    programVersion: integer('program_version').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** An open period's figures: never confirmed or disputed. */
    preview: boolean('preview').notNull(),
    status: text('status', { enum: statementStatuses }).notNull(),
    /** What the statement asks the customer to agree to. */
    owedAmount: numeric('owed_amount', { precision: 18, scale: 2 }).notNull(),
    /** The StatementDocument as issued. */
    document: jsonb('document').notNull(),
    issuedBy: text('issued_by').notNull(),
    /** Null when a token issued it; its issuer never resolves its dispute. */
    issuedByUserId: integer('issued_by_user_id'),
    issuedAt: at('issued_at').notNull().defaultNow(),
    answeredBy: text('answered_by'),
    answeredAt: at('answered_at'),
    disputeComment: text('dispute_comment'),
    resolvedBy: text('resolved_by'),
    resolvedAt: at('resolved_at'),
    resolutionReason: text('resolution_reason'),
    /** The settlement adjustment a dispute was resolved with. */
    adjustmentId: bigint('adjustment_id', { mode: 'number' }),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('statements_statement_no_key').on(t.statementNo),
    // One statement stands for a closed period; previews come and go.
    uniqueIndex('statements_one_issued_key')
      .on(t.programCode, t.customerId, t.periodStart)
      .where(sql`not ${t.preview}`),
    index('statements_customer_idx').on(t.customerId, t.periodStart),
    check(
      'statements_preview_status',
      sql`${t.preview} = (${t.status} = 'preview')`,
    ),
    check(
      'statements_dispute_comment',
      sql`${t.status} not in ('disputed', 'adjusted', 'rejected')
        or ${t.disputeComment} <> ''`,
    ),
    check(
      'statements_rejection_reason',
      sql`${t.status} <> 'rejected' or ${t.resolutionReason} <> ''`,
    ),
  ],
);
