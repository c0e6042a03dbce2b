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
import { at, money } from './columns.js';

// Accruals, period closes, settlements, adjustments and the journal
// (DESIGN §5). `accruals` is derived data kept current by the refresh; every
// other table here holds facts and is only ever appended to (the migration
// `journal_guard` refuses UPDATE and DELETE on the journal, the settlements
// and the adjustments).
//
// Keys: a program is named by its code, a customer by its id in
// `customers`, a period by its (clipped) start date, as in `targets`.

/** Money to the fen, kept a string in TypeScript. */
/** A figure in the measure's unit: money, quantity or a percentage. */
const figure = (name: string) => numeric(name);

export const accrualBases = ['current', 'forecast'] as const;
export type AccrualBasis = (typeof accrualBases)[number];

/**
 * The current figures of one program × customer × period, as the engine
 * computed them at the last refresh that touched the row. Replaced in place
 * by every refresh: the journal, not this table, is the record of what was
 * booked.
 */
export const accruals = pgTable(
  'accruals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code').notNull(),
    /** The approved version in force at the period's start (DESIGN §5). */
    programVersion: integer('program_version').notNull(),
    customerId: integer('customer_id').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** The engine's flag: the period ends after `as_of` (it still runs). */
    open: boolean('open').notNull(),
    /** True once the period is closed: the figures below are then what
     * the closed period would have now; the settlement stays frozen. */
    closed: boolean('closed').notNull().default(false),
    /** The as-of date the figures were computed for. */
    asOf: date('as_of').notNull(),
    measure: figure('measure'),
    /** 1-based; 0 when no tier is reached or a condition failed. */
    tier: integer('tier').notNull(),
    /** The unrounded entitlement. */
    exact: figure('exact').notNull(),
    /** The rounded, capped rebate; negative for a cumulative clawback. */
    rebate: money('rebate').notNull(),
    /** Null for a period that has ended. */
    forecastMethod: text('forecast_method', {
      enum: ['seasonal', 'run_rate'],
    }),
    forecastMeasure: figure('forecast_measure'),
    forecastTier: integer('forecast_tier'),
    forecastRebate: money('forecast_rebate'),
    /** The program's `accrual.at` when the figures were computed. */
    accrualAt: text('accrual_at', { enum: accrualBases }).notNull(),
    /**
     * What the journal should hold for this period's own accrual: the
     * forecast rebate for an open period of an `accrual.at: forecast`
     * program, the rebate otherwise; for a closed period, its settlement.
     */
    accruedAmount: money('accrued_amount').notNull(),
    /** Settlement adjustments applied in this period (late facts for
     * earlier, closed periods); owed on top of the period's own rebate. */
    adjustmentsAmount: money('adjustments_amount').notNull().default('0'),
    /** The engine's whole result (RebateResult, explanation included). */
    result: jsonb('result').notNull(),
    calculatedAt: at('calculated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accruals_program_customer_period_key').on(
      t.programCode,
      t.customerId,
      t.periodStart,
    ),
    index('accruals_customer_idx').on(t.customerId, t.periodStart),
  ],
);

/**
 * Work the refresh still owes, written in the same transaction as the change
 * that caused it (an import batch, a program change, a close) and deleted in
 * the transaction that does the work, so a crash between the two leaves the
 * work recorded and nothing booked twice.
 *
 * A row is one of:
 * - kind `facts`: sales lines of `customer_id` and `product_id` dated in the
 *   month starting `month` (by invoice date, and by paid date for
 *   collection programs: `paid_month`);
 * - kind `customer`: master data of `customer_id` changed (its open periods);
 * - kind `program`: `program_code` changed (its open periods);
 * - kind `targets`: targets of `program_code` × `customer_id` changed;
 * - kind `all`: everything not closed (a refresh asked for by hand).
 */
export const accrualDirty = pgTable(
  'accrual_dirty',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', {
      enum: ['facts', 'customer', 'program', 'targets', 'all'],
    }).notNull(),
    programCode: text('program_code'),
    customerId: integer('customer_id'),
    productId: integer('product_id'),
    /** First day of the month of the facts' invoice date. */
    month: date('month'),
    /** First day of the month of the facts' paid date, if paid. */
    paidMonth: date('paid_month'),
    /** What caused it, for the refresh's audit record: `import:42`, ... */
    source: text('source').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('accrual_dirty_source_idx').on(t.source)],
);

/** A program's period closed by an approver. One row per closed period. */
export const periodCloses = pgTable(
  'period_closes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** The as-of date the settlements were computed for (after the end). */
    asOf: date('as_of').notNull(),
    closedBy: text('closed_by').notNull(),
    closedAt: at('closed_at').notNull().defaultNow(),
    reason: text('reason'),
  },
  (t) => [
    uniqueIndex('period_closes_program_period_key').on(
      t.programCode,
      t.periodStart,
    ),
  ],
);

/**
 * The frozen figure of one customer for a closed period: what it is owed
 * for that period's own sales. Later facts never change it (see
 * `settlement_adjustments`).
 */
export const settlements = pgTable(
  'settlements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    closeId: bigint('close_id', { mode: 'number' })
      .notNull()
      .references(() => periodCloses.id),
    programCode: text('program_code').notNull(),
    programVersion: integer('program_version').notNull(),
    customerId: integer('customer_id').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** The rebate settled (the accrual's rebate at the close). */
    rebate: money('rebate').notNull(),
    /** The engine's result at the close, explanation included. */
    result: jsonb('result').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('settlements_program_customer_period_key').on(
      t.programCode,
      t.customerId,
      t.periodStart,
    ),
    index('settlements_customer_idx').on(t.customerId),
  ],
);

export const adjustmentSources = ['facts', 'dispute', 'program'] as const;
export type AdjustmentSource = (typeof adjustmentSources)[number];

/**
 * A later fact for a closed period: the difference between what the closed
 * period would now earn and what it settled at (less earlier adjustments of
 * it), applied in the next period of the program that is not closed. Each
 * row is booked by one voucher of kind `adjustment`.
 */
export const settlementAdjustments = pgTable(
  'settlement_adjustments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code').notNull(),
    customerId: integer('customer_id').notNull(),
    /** The closed period this corrects. */
    correctsPeriodStart: date('corrects_period_start').notNull(),
    /** The period it is owed in; null when every later period of the term
     * is closed too (then it is owed on its own). */
    appliedPeriodStart: date('applied_period_start'),
    /** Positive: more is owed; negative: less. */
    amount: money('amount').notNull(),
    source: text('source', { enum: adjustmentSources }).notNull(),
    /** What caused it: `import:42`, `dispute:7`, ... */
    sourceRef: text('source_ref').notNull(),
    voucherId: bigint('voucher_id', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('settlement_adjustments_corrects_idx').on(
      t.programCode,
      t.customerId,
      t.correctsPeriodStart,
    ),
    index('settlement_adjustments_applied_idx').on(
      t.programCode,
      t.customerId,
      t.appliedPeriodStart,
    ),
  ],
);

export const voucherKinds = [
  'accrual',
  'adjustment',
  'payout',
  'reversal',
] as const;
export type VoucherKind = (typeof voucherKinds)[number];

/**
 * One journal voucher (记账凭证). Numbers run 1, 2, 3 ... without gaps
 * within each voucher year: a number is taken under a lock inside the
 * booking transaction, so a rolled-back booking leaves no hole.
 */
export const journalVouchers = pgTable(
  'journal_vouchers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The calendar year of `voucher_date`; numbers restart each year. */
    voucherYear: integer('voucher_year').notNull(),
    voucherNo: integer('voucher_no').notNull(),
    voucherDate: date('voucher_date').notNull(),
    kind: text('kind', { enum: voucherKinds }).notNull(),
    /** Null for a voucher that spans programs. */
    programCode: text('program_code'),
    /** Null for a voucher of several customers (then on its lines). */
    customerId: integer('customer_id'),
    periodStart: date('period_start'),
    memo: text('memo').notNull(),
    /** What caused it: `import:42`, `refresh:7`, `close:3`, `payout:9`. */
    source: text('source').notNull(),
    bookedBy: text('booked_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('journal_vouchers_year_no_key').on(t.voucherYear, t.voucherNo),
    index('journal_vouchers_date_idx').on(t.voucherDate),
    check('journal_vouchers_no_positive', sql`${t.voucherNo} >= 1`),
  ],
);

export const accountRoles = ['expense', 'liability', 'payment', 'vat'] as const;
export type AccountRole = (typeof accountRoles)[number];

/**
 * The lines of a voucher: one side each (debit or credit, the other 0).
 * Σ debit = Σ credit per voucher, checked by `bookVoucher` and again by a
 * deferred trigger at commit.
 */
export const journalLines = pgTable(
  'journal_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    voucherId: bigint('voucher_id', { mode: 'number' })
      .notNull()
      .references(() => journalVouchers.id),
    /** 1, 2, 3 ... within the voucher. */
    lineNo: integer('line_no').notNull(),
    accountCode: text('account_code').notNull(),
    /**
     * What the account stands for, whatever its code: `liability` is the
     * accrued rebate liability (its balance is what is owed), `expense` the
     * rebate expense or contra-revenue, `payment` what a payout draws on.
     */
    accountRole: text('account_role', { enum: accountRoles }).notNull(),
    debit: money('debit').notNull().default('0'),
    credit: money('credit').notNull().default('0'),
    customerId: integer('customer_id'),
    programCode: text('program_code'),
    /** The period the line's amount belongs to (for an adjustment: the
     * period it is applied in). */
    periodStart: date('period_start'),
    memo: text('memo').notNull().default(''),
  },
  (t) => [
    uniqueIndex('journal_lines_voucher_line_key').on(t.voucherId, t.lineNo),
    index('journal_lines_key_idx').on(
      t.programCode,
      t.customerId,
      t.periodStart,
    ),
    check(
      'journal_lines_one_side',
      sql`${t.debit} >= 0 and ${t.credit} >= 0
        and (${t.debit} = 0) <> (${t.credit} = 0)`,
    ),
  ],
);
