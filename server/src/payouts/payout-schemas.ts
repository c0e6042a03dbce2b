// What the API takes and returns for claims, payouts and the balance.
import { z } from 'zod';
import {
  claimStatuses,
  payoutForms,
  payoutStatuses,
} from '../db/payout-schema.js';
import { pagingQuery } from '../http/paging.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const isoTime = z.string().describe('ISO 8601');
const amount = z
  .string()
  .describe('A decimal string, VAT excluded, e.g. "1200.50"');
const voucherRef = z
  .object({ year: z.number().int(), no: z.number().int() })
  .nullable()
  .describe('The journal voucher booked, by year and number');

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const customerCodeParams = z.object({ code: z.string().min(1) });

export const claimSchema = z
  .object({
    id: z.number().int(),
    programCode: z.string(),
    customerCode: z.string(),
    customerName: z.string(),
    periodStart: isoDate,
    claimedAmount: amount,
    note: z.string(),
    status: z.enum(claimStatuses),
    approvedAmount: amount.nullable(),
    decisionReason: z.string().nullable(),
    claimedBy: z.string(),
    claimedAt: isoTime,
    decidedBy: z.string().nullable(),
    decidedAt: isoTime.nullable(),
  })
  .meta({ id: 'Claim' });

export const claimBody = z
  .object({
    programCode: z.string().min(1),
    customerCode: z.string().min(1),
    periodStart: isoDate.describe('The start of a closed period'),
    amount,
    note: z.string().max(2000).optional(),
  })
  .meta({ id: 'ClaimRequest' });

export const approveClaimBody = z
  .object({
    amount: amount
      .optional()
      .describe('Less than claimed to approve in part; default: in full'),
    reason: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'ClaimApproval' });

export const rejectClaimBody = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'ClaimRejection' });

export const claimListQuery = z.object({
  ...pagingQuery,
  program: z.string().min(1).optional(),
  customer: z.string().min(1).optional().describe('Customer code'),
  period: isoDate.optional(),
  status: z.enum(claimStatuses).optional(),
});

const goodsItem = z.object({
  sku: z.string().min(1),
  quantity: z
    .string()
    .optional()
    .describe('Whole units; omitted: as many as the amount pays for'),
});

export const payoutBody = z
  .union([
    z.object({
      claimId: z.number().int().min(1),
      goods: z.array(goodsItem).optional(),
      memo: z.string().max(2000).optional(),
    }),
    z.object({
      programCode: z.string().min(1),
      customerCode: z.string().min(1),
      periods: z.array(z.object({ periodStart: isoDate, amount })).min(1),
      goods: z.array(goodsItem).optional(),
      memo: z.string().max(2000).optional(),
    }),
  ])
  .meta({
    id: 'PayoutRequest',
    description:
      'From an approved claim (`claimId`) or for given closed periods; ' +
      'goods payouts list their products',
  });

export const releaseBody = z
  .object({
    releasedOn: isoDate
      .optional()
      .describe('The voucher date; default today (Asia/Shanghai)'),
  })
  .meta({ id: 'PayoutRelease' });

export const payoutSchema = z
  .object({
    id: z.number().int(),
    programCode: z.string(),
    customerCode: z.string(),
    customerName: z.string(),
    form: z.enum(payoutForms),
    amount,
    status: z.enum(payoutStatuses),
    claimId: z.number().int().nullable(),
    periods: z.array(z.object({ periodStart: isoDate, amount })),
    details: z
      .record(z.string(), z.unknown())
      .describe(
        'credit_note: lines per VAT rate (amountWithoutVat, vatRatePct, ' +
          'vatAmount, totalWithVat; the rebate excludes VAT); goods: lines ' +
          'with quantities at list price and the remainder; account_credit: ' +
          'validity and usage rules',
      ),
    memo: z.string(),
    createdBy: z.string(),
    createdAt: isoTime,
    releasedBy: z.string().nullable(),
    releasedAt: isoTime.nullable(),
    releasedOn: isoDate.nullable(),
    voucher: voucherRef,
  })
  .meta({ id: 'Payout' });

export const payoutListQuery = z.object({
  ...pagingQuery,
  program: z.string().min(1).optional(),
  customer: z.string().min(1).optional().describe('Customer code'),
  status: z.enum(payoutStatuses).optional(),
  form: z.enum(payoutForms).optional(),
});

const expirySchema = z.object({
  creditId: z.number().int(),
  programCode: z.string(),
  amount,
  validUntil: isoDate,
});

export const balanceSchema = z
  .object({
    customerCode: z.string(),
    customerName: z.string(),
    asOf: isoDate,
    available: amount,
    credits: z.array(
      z.object({
        id: z.number().int(),
        payoutId: z.number().int(),
        programCode: z.string(),
        amount,
        remaining: amount,
        releasedOn: isoDate,
        validUntil: isoDate.nullable().describe('Last usable day'),
        state: z.enum(['usable', 'used', 'expired']),
        minOrderAmount: amount.nullable(),
        maxOrderSharePct: z.string().nullable(),
      }),
    ),
    expiredNow: z
      .array(expirySchema)
      .describe('Credit released by this look, past its validity'),
  })
  .meta({ id: 'RebateBalance' });

export const balanceQuery = z.object({
  asOf: isoDate.optional().describe('Default today (Asia/Shanghai)'),
});

export const orderBody = z
  .object({
    orderNo: z.string().trim().min(1).max(100),
    customerCode: z.string().min(1),
    orderDate: isoDate,
    orderAmount: amount,
  })
  .meta({ id: 'BalanceOrder' });

export const orderDrawSchema = z
  .object({
    orderNo: z.string(),
    customerCode: z.string(),
    orderDate: isoDate,
    orderAmount: amount,
    drawn: amount,
    programs: z.array(
      z.object({
        programCode: z.string(),
        limit: amount,
        drawn: amount,
        rule: z
          .string()
          .describe(
            'min_order_amount | max_order_share | order_amount | balance',
          ),
      }),
    ),
    draws: z.array(
      z.object({ creditId: z.number().int(), programCode: z.string(), amount }),
    ),
    expired: z.array(expirySchema),
    balanceAfter: amount,
    voucher: voucherRef,
    repeated: z
      .boolean()
      .describe('The order number was presented before: its first answer'),
  })
  .meta({ id: 'BalanceOrderDraw' });
