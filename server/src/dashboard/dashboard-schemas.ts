// What the analytics routes return. Amounts are decimal strings in CNY;
// a figure that does not apply is null.
import { z } from 'zod';
import { importBatchSchema } from '../imports/imports.routes.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const amount = z.string().describe('A decimal string, CNY');
const pct = z.string().describe('A percentage with 2 decimals');

export const dashboardQuery = z.object({
  asOf: isoDate
    .optional()
    .describe(
      'The business date the figures are read for; default today. Accrual ' +
        'rows of periods that start after it are left out, and the months ' +
        'end with its month.',
    ),
});

/** How the two journal figures of the dashboard are defined. */
export const accruedDescription =
  'What the journal holds: Σ of the accrual rows of periods started by ' +
  '`asOf` of (accrued_amount + adjustments_amount). accrued_amount is the ' +
  "period's own accrual (the forecast rebate for an open period of an " +
  '`accrual.at: forecast` program, else the rebate; a closed period its ' +
  'settlement), adjustments_amount the late-fact corrections of earlier ' +
  'closed periods applied in that period.';

export const projectedDescription =
  'What the rows will cost: Σ of the accrual rows of periods started by ' +
  "`asOf` of (the forecast rebate when the row's period is open and has a " +
  'forecast, else the rebate) + adjustments_amount.';

const programFiguresSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    status: z.string(),
    budget: amount
      .nullable()
      .describe("The program's whole budget, whatever the caller's scope"),
    accrued: amount.describe(accruedDescription),
    projected: amount.describe(projectedDescription),
    budgetUsedPct: pct
      .nullable()
      .describe('projected / budget × 100, half up; null without a budget'),
  })
  .meta({ id: 'DashboardProgram' });

const dashboardMonthSchema = z
  .object({
    month: z.string().describe('YYYY-MM'),
    netSales: amount.describe(
      'Σ net_amount of the CNY sales lines of the customers in scope, by ' +
        'invoice month (returns negative)',
    ),
    rebateCost: amount.describe(
      "Each accrual row's projected amount spread over the months of its " +
        "period in proportion to that customer's net sales in each month " +
        '(evenly when the period has no net sales), summed per month and ' +
        'rounded once, half up to the fen',
    ),
    sharePct: pct
      .nullable()
      .describe('rebateCost / netSales × 100; null when netSales is 0'),
  })
  .meta({ id: 'DashboardMonth' });

const nextTierCandidateSchema = z
  .object({
    programCode: z.string(),
    programName: z.string(),
    customerCode: z.string(),
    customerName: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    measureKind: z
      .string()
      .describe('net_amount, quantity, gross_margin, growth_pct, ...'),
    measure: z.string().describe("In the measure's unit"),
    tier: z.number().int().describe('The tier reached; 0 for none'),
    nextTier: z.number().int(),
    from: z.string().describe("The next tier's threshold"),
    gap: z.string().describe('from − measure'),
    gapAmount: amount
      .nullable()
      .describe('Extra net sales that close the gap; null for quantity'),
    extraRebate: amount.describe("The next tier's rebate − the rebate now"),
  })
  .meta({ id: 'NextTierCandidate' });

export const dashboardSchema = z
  .object({
    asOf: isoDate,
    currency: z.literal('CNY'),
    totals: z.object({
      accrued: amount.describe(accruedDescription),
      projected: amount.describe(projectedDescription),
      budget: amount
        .nullable()
        .describe('Σ of the budgets of the programs that have one, or null'),
    }),
    programs: z.array(programFiguresSchema),
    monthly: z
      .array(dashboardMonthSchema)
      .describe('12 months, oldest first, ending with the month of asOf'),
    closestToNextTier: z
      .array(nextTierCandidateSchema)
      .describe(
        'Open periods only, the smallest gap relative to the threshold ' +
          'first; at most 10',
      ),
    recentImports: z
      .array(importBatchSchema)
      .describe(
        'The last 5 import batches; empty for callers who may not read ' +
          'imports (sales reps)',
      ),
  })
  .meta({ id: 'Dashboard' });

export type Dashboard = z.infer<typeof dashboardSchema>;
export type ProgramFigures = z.infer<typeof programFiguresSchema>;
export type DashboardMonth = z.infer<typeof dashboardMonthSchema>;
export type NextTierCandidate = z.infer<typeof nextTierCandidateSchema>;

const nextTierSchema = z
  .object({
    tier: z.number().int(),
    from: z.string(),
    gap: z.string(),
    gapAmount: amount.nullable(),
    rebate: amount.describe("The row's rebate with the measure at `from`"),
  })
  .meta({ id: 'ProgressNextTier' });

const progressItemSchema = z
  .object({
    programCode: z.string(),
    programName: z.string(),
    periodStart: isoDate,
    periodEnd: isoDate,
    open: z.boolean().describe('The period still runs'),
    closed: z.boolean().describe('The period is closed (settled)'),
    measureKind: z
      .string()
      .describe('net_amount, quantity, gross_margin, growth_pct, ...'),
    measure: z.string().nullable(),
    tier: z.number().int(),
    tierCount: z.number().int().describe('How many tiers the version has'),
    rebate: amount,
    forecastRebate: amount.nullable(),
    next: nextTierSchema.nullable(),
    progressPct: pct
      .nullable()
      .describe(
        'measure / next.from × 100, clamped to 0 … 100; null without a ' +
          'next tier',
      ),
  })
  .meta({ id: 'ProgressItem' });

export const customerProgressSchema = z
  .object({
    customerCode: z.string(),
    items: z
      .array(progressItemSchema)
      .describe('The current accrual rows, newest periods first'),
  })
  .meta({ id: 'CustomerProgress' });

export type ProgressItem = z.infer<typeof progressItemSchema>;
export type CustomerProgress = z.infer<typeof customerProgressSchema>;

export const monthlySalesQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(9999)
    .optional()
    .describe("A calendar year; default the business date's year"),
});

export const customerMonthlySalesSchema = z
  .object({
    customerCode: z.string(),
    year: z.number().int(),
    months: z.array(
      z.object({
        month: z.number().int().min(1).max(12),
        netSales: amount.describe('Σ net_amount of the CNY lines that month'),
        lastYear: amount.describe('The same month a year earlier'),
      }),
    ),
  })
  .meta({ id: 'CustomerMonthlySales' });

export type CustomerMonthlySales = z.infer<typeof customerMonthlySalesSchema>;
