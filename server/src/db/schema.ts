import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  char,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { money } from './columns.js';

// Money is numeric(18,2) and stays a string in TypeScript; quantities carry
// four decimals as DESIGN §4.1 allows.
const quantity = (name: string) => numeric(name, { precision: 18, scale: 4 });
const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const customers = pgTable(
  'customers',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    groupName: text('group_name').notNull().default(''),
    region: text('region').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    salesRep: text('sales_rep').notNull().default(''),
    contact: text('contact').notNull().default(''),
    status: text('status', { enum: ['active', 'inactive'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('customers_code_key').on(t.code),
    index('customers_sales_rep_idx').on(t.salesRep),
  ],
);

export const products = pgTable(
  'products',
  {
    id: serial('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull().default(''),
    brand: text('brand').notNull().default(''),
    unit: text('unit').notNull().default(''),
    listPrice: numeric('list_price', { precision: 18, scale: 4 }),
    /** VAT rate in percent, "13" for 13%. */
    vatRatePct: numeric('vat_rate_pct', { precision: 6, scale: 2 })
      .notNull()
      .default('13'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('products_sku_key').on(t.sku)],
);

export const importKinds = [
  'customers',
  'products',
  'sales',
  'targets',
] as const;
export type ImportKind = (typeof importKinds)[number];

export const importBatches = pgTable(
  'import_batches',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: importKinds }).notNull(),
    fileName: text('file_name').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    actor: text('actor').notNull(),
    status: text('status', {
      enum: ['committed', 'rejected'],
    }).notNull(),
    rowsTotal: integer('rows_total').notNull(),
    rowsNew: integer('rows_new').notNull(),
    rowsUpdated: integer('rows_updated').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull(),
    rowsBad: integer('rows_bad').notNull(),
    /** The first bad rows (row, column, reason), capped to keep the row small. */
    badRows: jsonb('bad_rows')
      .notNull()
      .default(sql`'[]'::jsonb`),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('import_batches_started_idx').on(t.startedAt)],
);

// Sales lines are facts: rows are only ever inserted, never updated.
// No foreign keys on purpose: PostgreSQL checks them one line at a time,
// which made a 1M-line import three times slower. The import resolves
// customer_id and product_id against the stored master data inside its own
// transaction, and batches, customers and products are never deleted.
export const salesLines = pgTable(
  'sales_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: bigint('batch_id', { mode: 'number' }).notNull(),
    invoiceNo: text('invoice_no').notNull(),
    lineNo: integer('line_no').notNull(),
    invoiceDate: date('invoice_date').notNull(),
    customerId: integer('customer_id').notNull(),
    productId: integer('product_id').notNull(),
    quantity: quantity('quantity').notNull(),
    netAmount: money('net_amount').notNull(),
    costAmount: money('cost_amount'),
    currency: char('currency', { length: 3 }).notNull(),
    paidDate: date('paid_date'),
  },
  (t) => [
    uniqueIndex('sales_lines_invoice_line_key').on(t.invoiceNo, t.lineNo),
    index('sales_lines_customer_date_idx').on(t.customerId, t.invoiceDate),
  ],
);

// Targets live on agreements: see agreement-schema.ts.

export * from './auth-schema.js';
export * from './audit-schema.js';
export * from './program-schema.js';
export * from './accrual-schema.js';
export * from './agreement-schema.js';
export * from './payout-schema.js';
export * from './statement-schema.js';
export * from './analytics-schema.js';
