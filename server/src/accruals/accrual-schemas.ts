// The accrual API's shapes, each named for the OpenAPI document. Amounts are
// decimal strings, exact to the fen.
import { z } from 'zod';
import { periodStates } from './list-periods.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const amount = z.string().describe('Decimal string, exact');

export const accrualSchema = z
  .object({
    programCode: z.string(),
    programVersion: z.number().int(),
    customerCode: z.string(),
    customerName: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    open: z.boolean().describe('The period ends after the as-of date'),
    closed: z.boolean().describe('Closed by an approver; settled'),
    asOf: isoDate,
    measure: z.string().nullable(),
    tier: z.number().int(),
    exact: amount,
    rebate: amount,
    forecast: z
      .object({
        method: z.string(),
        measure: z.string().nullable(),
        tier: z.number().int(),
        rebate: amount,
      })
      .nullable(),
    accrualAt: z.enum(['current', 'forecast']),
    accruedAmount: amount.describe(
      'What the journal holds for the period: the rebate, the forecast ' +
        'rebate (accrual.at: forecast, open periods) or the settlement',
    ),
    adjustmentsAmount: amount.describe(
      'Adjustments for earlier, closed periods applied in this period',
    ),
    calculatedAt: z.string(),
  })
  .meta({ id: 'Accrual' });

export const refreshRequestSchema = z
  .object({ asOf: isoDate.optional().describe('Default: today') })
  .meta({ id: 'AccrualRefreshRequest' });

export const refreshReportSchema = z
  .object({
    asOf: isoDate,
    work: z.number().int(),
    sources: z.array(z.string()),
    recalculated: z
      .record(z.string(), z.number().int())
      .describe('Rows recalculated per program'),
    removed: z.number().int(),
    adjustments: z.number().int(),
    vouchers: z.array(
      z.object({
        programCode: z.string(),
        kind: z.enum(['accrual', 'adjustment']),
        voucherYear: z.number().int(),
        voucherNo: z.number().int(),
        total: amount,
      }),
    ),
  })
  .meta({ id: 'AccrualRefreshReport' });

export const closePeriodRequestSchema = z
  .object({
    program: z.string().min(1),
    period: isoDate.describe("The period's start"),
    asOf: isoDate.optional().describe('Default: today; after the period end'),
    reason: z.string().max(2000).optional(),
  })
  .meta({ id: 'PeriodCloseRequest' });

export const closedPeriodSchema = z
  .object({
    closeId: z.number().int(),
    programCode: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    asOf: isoDate,
    settlements: z.number().int(),
    total: amount,
  })
  .meta({ id: 'ClosedPeriod' });

export const periodSchema = z
  .object({
    programCode: z.string(),
    programName: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    state: z
      .enum(periodStates)
      .describe(
        'closed: closed by an approver; open: still running as of the ' +
          'last refresh; ended: over and waiting to be closed',
      ),
    customers: z
      .number()
      .int()
      .describe('Customers with an accrual, within your data scope'),
    accrued: amount.describe('Σ accrued amount within your data scope'),
    closeId: z.number().int().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
  })
  .meta({ id: 'SettlementPeriod' });
