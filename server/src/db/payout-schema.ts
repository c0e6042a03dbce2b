import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
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

// Claims (返利申请), payouts (兑付) and the rebate balance (返利余额),
// DESIGN §5. Keys follow the accrual tables: a program by its code, a
// customer by its id, a period by its (clipped) start date. Claims and
// payouts move through states (each change audited); credits, orders and
// balance movements are facts, only ever appended.

/** Money to the fen, kept a string in TypeScript. */

export const claimStatuses = [
  'submitted',
  'approved',
  'partially_approved',
  'rejected',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/**
 * A customer's request to be paid for one closed period of a program,
 * checked against what it is owed when filed, then decided by an approver:
 * in full, in part (with a reason) or rejected (with a reason).
 */
export const claims = pgTable(
  'claims',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code').notNull(),
    customerId: integer('customer_id').notNull(),
    periodStart: date('period_start').notNull(),
    claimedAmount: money('claimed_amount').notNull(),
    /** The customer's own words, e.g. how it wants to be paid. */
    note: text('note').notNull().default(''),
    status: text('status', { enum: claimStatuses })
      .notNull()
      .default('submitted'),
    /** Set by the decision: the claimed amount, less, or 0 when rejected. */
    approvedAmount: money('approved_amount'),
    decisionReason: text('decision_reason'),
    claimedBy: text('claimed_by').notNull(),
    claimedByUserId: integer('claimed_by_user_id'),
    claimedAt: at('claimed_at').notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedByUserId: integer('decided_by_user_id'),
    decidedAt: at('decided_at'),
  },
  (t) => [
    index('claims_customer_idx').on(t.customerId, t.periodStart),
    // One claim under review per program × customer × period at a time.
    uniqueIndex('claims_one_submitted_key')
      .on(t.programCode, t.customerId, t.periodStart)
      .where(sql`status = 'submitted'`),
    check('claims_claimed_positive', sql`${t.claimedAmount} > 0`),
  ],
);

export const payoutForms = [
  'credit_note',
  'cash',
  'goods',
  'account_credit',
] as const;
export type PayoutFormName = (typeof payoutForms)[number];

export const payoutStatuses = ['created', 'released'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

/**
 * A payment of what a customer is owed for one or more closed periods of
 * one program, in the program's payout form. Created by finance or the
 * program manager (from a claim or directly), released by an approver who
 * did not create it; the release books the voucher.
 */
export const payouts = pgTable(
  'payouts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programCode: text('program_code').notNull(),
    customerId: integer('customer_id').notNull(),
    form: text('form', { enum: payoutForms }).notNull(),
    /** What is paid: Σ of its periods' amounts (VAT excluded). */
    amount: money('amount').notNull(),
    claimId: bigint('claim_id', { mode: 'number' }).references(() => claims.id),
    status: text('status', { enum: payoutStatuses })
      .notNull()
      .default('created'),
    /**
     * The form's document as JSON: the credit note's lines per VAT rate,
     * the goods with quantities and the remainder, or the balance's
     * validity and usage rules.
     */
    details: jsonb('details').notNull(),
    memo: text('memo').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdByUserId: integer('created_by_user_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    releasedBy: text('released_by'),
    releasedByUserId: integer('released_by_user_id'),
    releasedAt: at('released_at'),
    /** The business date of the release: the voucher's date. */
    releasedOn: date('released_on'),
    voucherId: bigint('voucher_id', { mode: 'number' }),
  },
  (t) => [
    index('payouts_customer_idx').on(t.customerId, t.programCode),
    uniqueIndex('payouts_claim_key').on(t.claimId),
    check('payouts_amount_positive', sql`${t.amount} > 0`),
  ],
);

/** How much of a payout pays each period it covers. */
export const payoutPeriods = pgTable(
  'payout_periods',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    payoutId: bigint('payout_id', { mode: 'number' })
      .notNull()
      .references(() => payouts.id),
    programCode: text('program_code').notNull(),
    customerId: integer('customer_id').notNull(),
    periodStart: date('period_start').notNull(),
    amount: money('amount').notNull(),
  },
  (t) => [
    uniqueIndex('payout_periods_payout_period_key').on(
      t.payoutId,
      t.periodStart,
    ),
    index('payout_periods_key_idx').on(
      t.programCode,
      t.customerId,
      t.periodStart,
    ),
    check('payout_periods_amount_positive', sql`${t.amount} > 0`),
  ],
);

/**
 * The rebate balance credited by one released account-credit payout:
 * usable through `valid_until` under its program's usage rules. What is
 * left of it is the amount less its movements.
 */
export const balanceCredits = pgTable(
  'balance_credits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    payoutId: bigint('payout_id', { mode: 'number' })
      .notNull()
      .references(() => payouts.id),
    customerId: integer('customer_id').notNull(),
    programCode: text('program_code').notNull(),
    amount: money('amount').notNull(),
    releasedOn: date('released_on').notNull(),
    /** The last day it can be used; null when it never expires. */
    validUntil: date('valid_until'),
    /** The program's `payout.balance` rules at the release. */
    minOrderAmount: money('min_order_amount'),
    maxOrderSharePct: numeric('max_order_share_pct'),
    /** The account the credit sits on (a rebate-balance liability). */
    accountCode: text('account_code').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('balance_credits_payout_key').on(t.payoutId),
    index('balance_credits_customer_idx').on(t.customerId, t.validUntil),
    check('balance_credits_amount_positive', sql`${t.amount} > 0`),
  ],
);

/**
 * An order presented against the balance (order number, customer, date,
 * amount) and what it drew. The order number makes presenting it again
 * harmless: the same order returns its first answer.
 */
export const balanceOrders = pgTable(
  'balance_orders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderNo: text('order_no').notNull(),
    customerId: integer('customer_id').notNull(),
    orderDate: date('order_date').notNull(),
    orderAmount: money('order_amount').notNull(),
    drawnAmount: money('drawn_amount').notNull(),
    /** The draw as computed: per credit, per program with its rule. */
    result: jsonb('result').notNull(),
    /** Null when nothing was drawn. */
    voucherId: bigint('voucher_id', { mode: 'number' }),
    presentedBy: text('presented_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('balance_orders_order_no_key').on(t.orderNo),
    index('balance_orders_customer_idx').on(t.customerId, t.orderDate),
  ],
);

export const balanceMovementKinds = ['draw', 'expiry'] as const;
export type BalanceMovementKind = (typeof balanceMovementKinds)[number];

/**
 * What leaves a credit: a draw by an order, or the release of what was
 * left when it expired (at most once per credit). Never more than is left:
 * the use cases lock the customer's credits before they move them.
 */
export const balanceMovements = pgTable(
  'balance_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    creditId: bigint('credit_id', { mode: 'number' })
      .notNull()
      .references(() => balanceCredits.id),
    kind: text('kind', { enum: balanceMovementKinds }).notNull(),
    amount: money('amount').notNull(),
    orderId: bigint('order_id', { mode: 'number' }).references(
      () => balanceOrders.id,
    ),
    /** The business date of the draw or the expiry. */
    movedOn: date('moved_on').notNull(),
    voucherId: bigint('voucher_id', { mode: 'number' }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('balance_movements_credit_idx').on(t.creditId),
    uniqueIndex('balance_movements_one_expiry_key')
      .on(t.creditId)
      .where(sql`kind = 'expiry'`),
    check('balance_movements_amount_positive', sql`${t.amount} > 0`),
  ],
);
