// The shape of a `tierline/program@1` file (DESIGN §4.2), field by field, as
// written: snake_case, decimals as strings or plain numbers, defaults absent.
// Rules that relate several fields live in cross-checks.ts; normalize.ts then
// applies the defaults.
import { z } from 'zod';

/** Keeps "is required" for a missing field and says `text` otherwise. */
function unless(
  text: string,
): (issue: { input?: unknown }) => string | undefined {
  return (issue) => (issue.input === undefined ? undefined : text);
}

const DECIMAL_TEXT = 'must be a decimal: a string like "1000.50" or a number';
const AMOUNT_TEXT =
  'must be a non-negative decimal: a string like "1000.50" or a number';

export const decimalField = z
  .union(
    [
      z.string().regex(/^-?\d+(?:\.\d+)?$/, { error: DECIMAL_TEXT }),
      z.number(),
    ],
    { error: unless(DECIMAL_TEXT) },
  )
  .meta({
    description:
      'A decimal: a string, or a number of at most 15 significant digits',
  });

export const amountField = z
  .union(
    [
      z.string().regex(/^\d+(?:\.\d+)?$/, { error: AMOUNT_TEXT }),
      z.number().min(0, { error: AMOUNT_TEXT }),
    ],
    { error: unless(AMOUNT_TEXT) },
  )
  .meta({
    description:
      'A non-negative decimal: a string, or a number of at most ' +
      '15 significant digits',
  });

export const percentField = z
  .string({ error: unless('must be a percentage written with %, like "2.5%"') })
  .regex(/^\d+(?:\.\d+)?%$/, {
    error: 'must be a percentage written with %, like "2.5%"',
  });

const dateField = z.iso.date({
  error: unless('must be a calendar date written YYYY-MM-DD'),
});

const nonEmptyText = z.string().min(1, { error: 'must not be empty' });

const valueList = z.array(nonEmptyText).min(1, {
  error: 'must not be empty: list at least one value or leave the kind out',
});

export const customerKindsSchema = z.strictObject({
  codes: valueList.optional(),
  groups: valueList.optional(),
  regions: valueList.optional(),
  tags: valueList.optional(),
});

export const productKindsSchema = z.strictObject({
  skus: valueList.optional(),
  categories: valueList.optional(),
  brands: valueList.optional(),
});

export const SETTLE_VALUES = [
  'month',
  'quarter',
  'half_year',
  'year',
  'whole',
] as const;
export const ACCUMULATE_VALUES = ['period', 'cumulative'] as const;
export const MEASURE_VALUES = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_pct',
  'target_pct',
] as const;
export const BASE_VALUES = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_amount',
  'target_excess',
] as const;
export const METHOD_VALUES = ['retroactive', 'incremental'] as const;
export const ROUNDING_MODE_VALUES = ['half_up', 'half_even'] as const;

export const measureSchema = z.enum(MEASURE_VALUES);
export const baseSchema = z.enum(BASE_VALUES);
export const methodSchema = z.enum(METHOD_VALUES);
export const accumulateSchema = z.enum(ACCUMULATE_VALUES);

export const tierSchema = z.strictObject({
  from: decimalField.meta({
    description: "Threshold in the measure's unit: money, quantity or percent",
  }),
  rate: percentField
    .optional()
    .meta({ description: 'A percentage of the base, written with %' }),
  per_unit: amountField
    .optional()
    .meta({ description: 'An amount per unit of quantity' }),
  amount: amountField.optional().meta({ description: 'A lump sum' }),
});

const count = z.int({ error: unless('must be a whole number') });

export const programFileSchema = z
  .strictObject({
    format: z.literal('tierline/program@1', {
      error: unless('must be "tierline/program@1"'),
    }),
    code: nonEmptyText,
    name: nonEmptyText,
    currency: z.string().regex(/^[A-Z]{3}$/, {
      error: 'must be an upper-case ISO 4217 code like "CNY"',
    }),
    period: z.strictObject({
      start: dateField,
      end: dateField,
      settle: z
        .enum(SETTLE_VALUES)
        .optional()
        .meta({ description: 'Default: whole' }),
      accumulate: accumulateSchema
        .optional()
        .meta({ description: 'Default: period' }),
    }),
    eligibility: z
      .strictObject({
        customers: z
          .strictObject({
            include: customerKindsSchema.optional(),
            exclude: customerKindsSchema.optional(),
          })
          .optional(),
        products: z
          .strictObject({
            include: productKindsSchema.optional(),
            exclude: productKindsSchema.optional(),
          })
          .optional(),
      })
      .optional(),
    measure: measureSchema.meta({
      description: 'The figure that decides the tier',
    }),
    base: baseSchema.optional().meta({
      description:
        'The figure the rate applies to. Default: the measure, or ' +
        'net_amount for growth_pct and target_pct',
    }),
    method: methodSchema
      .optional()
      .meta({ description: 'Default: retroactive' }),
    tiers: z.array(tierSchema).min(1, { error: 'must list at least one tier' }),
    conditions: z
      .strictObject({
        paid_within_days: count.min(0).optional(),
        min_categories: count.min(1).optional(),
        min_growth_pct: decimalField.optional(),
      })
      .optional(),
    cap: z
      .strictObject({
        per_period: amountField.optional(),
        total: amountField.optional(),
      })
      .optional(),
    budget: amountField.optional(),
    rounding: z
      .strictObject({
        scale: count.min(0).max(10).optional(),
        mode: z.enum(ROUNDING_MODE_VALUES).optional(),
      })
      .optional(),
    enrollment: z.enum(['automatic', 'agreement']).optional(),
    accrual: z
      .strictObject({ at: z.enum(['current', 'forecast']).optional() })
      .optional(),
    accounting: z
      .strictObject({
        expense_account: nonEmptyText.optional(),
        liability_account: nonEmptyText.optional(),
      })
      .optional(),
    payout: z
      .strictObject({
        form: z.enum(['credit_note', 'cash', 'goods', 'account_credit']),
        balance: z
          .strictObject({
            valid_days: count.min(1).optional(),
            min_order_amount: amountField.optional(),
            max_order_share: percentField.optional(),
          })
          .optional(),
      })
      .optional(),
  })
  .meta({
    title: 'tierline/program@1',
    description: 'A Tierline rebate program (DESIGN §4.2)',
  });

export type ProgramFile = z.infer<typeof programFileSchema>;
export type TierFile = z.infer<typeof tierSchema>;
