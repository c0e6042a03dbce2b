import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  char,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { programs } from './program-schema.js';
import { customers, importBatches } from './schema.js';
import { at } from './columns.js';

// An agreement (返利协议) is a customer's enrollment in a program (DESIGN §5):
// the contract, the signed document, the period it covers, the customer's
// acceptance and the per-period targets. It is active only with a contract
// number, a signing date and a document, which the database itself checks.

export const agreementStatuses = ['draft', 'active', 'terminated'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementDocumentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
] as const;
export type AgreementDocumentType = (typeof agreementDocumentTypes)[number];

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

export const agreements = pgTable(
  'agreements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    status: text('status', { enum: agreementStatuses })
      .notNull()
      .default('draft'),
    contractNo: text('contract_no'),
    signedOn: date('signed_on'),
    /** The first and last day the agreement covers, inclusive. */
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** The document in force; earlier uploads stay in agreement_documents. */
    documentId: bigint('document_id', { mode: 'number' }),
    acceptedAt: at('accepted_at'),
    acceptedBy: text('accepted_by'),
    createdBy: text('created_by').notNull(),
    /** The targets import that created it as a draft, if one did. */
    createdByBatchId: bigint('created_by_batch_id', { mode: 'number' }),
    activatedBy: text('activated_by'),
    activatedAt: at('activated_at'),
    terminatedBy: text('terminated_by'),
    terminatedAt: at('terminated_at'),
    terminationReason: text('termination_reason'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One live agreement per program and customer; terminated ones stay.
    uniqueIndex('agreements_one_live_key')
      .on(t.programCode, t.customerId)
      .where(sql`${t.status} <> 'terminated'`),
    // The key targets refer to, so a target's program and customer are its
    // agreement's.
    uniqueIndex('agreements_program_customer_id_key').on(
      t.id,
      t.programCode,
      t.customerId,
    ),
    index('agreements_customer_idx').on(t.customerId),
    check('agreements_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
    check(
      'agreements_active_complete',
      sql`${t.status} = 'draft' or (${t.contractNo} is not null and
        ${t.contractNo} <> '' and ${t.signedOn} is not null and
        ${t.documentId} is not null)`,
    ),
    check(
      'agreements_terminated_reason',
      sql`${t.status} <> 'terminated' or ${t.terminationReason} <> ''`,
    ),
  ],
);

// Uploaded documents are never changed or deleted: a new upload is a new row
// and the agreement points at it.
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agreementId: bigint('agreement_id', { mode: 'number' })
      .notNull()
      .references(() => agreements.id),
    /** The uploader's file name, for display only; never a storage path. */
    fileName: text('file_name').notNull(),
    contentType: text('content_type', {
      enum: agreementDocumentTypes,
    }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: at('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    index('agreement_documents_agreement_idx').on(t.agreementId),
    check(
      'agreement_documents_size',
      sql`${t.sizeBytes} = octet_length(${t.content})`,
    ),
  ],
);

// A target is a fact of its agreement (the one home of targets, DESIGN §5):
// never overwritten, keyed by program, customer and period start.
export const targets = pgTable(
  'targets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: bigint('batch_id', { mode: 'number' }).references(
      () => importBatches.id,
    ),
    agreementId: bigint('agreement_id', { mode: 'number' }).notNull(),
    programCode: text('program_code').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    periodStart: date('period_start').notNull(),
    target: numeric('target', { precision: 18, scale: 2 }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('targets_program_customer_period_key').on(
      t.programCode,
      t.customerId,
      t.periodStart,
    ),
    index('targets_agreement_idx').on(t.agreementId),
    foreignKey({
      name: 'targets_agreement_fk',
      columns: [t.agreementId, t.programCode, t.customerId],
      foreignColumns: [
        agreements.id,
        agreements.programCode,
        agreements.customerId,
      ],
    }),
  ],
);
