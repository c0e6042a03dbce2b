// The customer-facing terms of a program (DESIGN §5): what a customer or a
// sales rep may read. The customer scope lists name other customers, and the
// budget and accounts are the company's own, so none of them is here.
import type { ProductSelector, Program } from '@tierline/engine';
import { z } from 'zod';

const decimal = z.string().describe('A decimal, as written in the file');

const productSelector = z.object({
  skus: z.array(z.string()),
  categories: z.array(z.string()),
  brands: z.array(z.string()),
});

export const customerTermsSchema = z
  .object({
    currency: z.string(),
    period: z.object({
      start: z.string(),
      end: z.string(),
      settle: z.enum(['month', 'quarter', 'half_year', 'year', 'whole']),
      accumulate: z.enum(['period', 'cumulative']),
    }),
    products: z
      .object({
        include: productSelector.nullable().describe('null: every product'),
        exclude: productSelector.nullable(),
      })
      .describe('Which products count'),
    measure: z.string(),
    base: z.string(),
    method: z.enum(['retroactive', 'incremental']),
    tiers: z.array(
      z.object({
        from: decimal,
        ratePct: decimal.nullable().describe('"3.5" for 3.5%'),
        perUnit: decimal.nullable(),
        amount: decimal.nullable(),
      }),
    ),
    conditions: z.object({
      paidWithinDays: z.number().int().nullable(),
      minCategories: z.number().int().nullable(),
      minGrowthPct: decimal.nullable(),
    }),
    cap: z.object({ perPeriod: decimal.nullable(), total: decimal.nullable() }),
    rounding: z.object({
      scale: z.number().int(),
      mode: z.enum(['half_up', 'half_even']),
    }),
    payout: z
      .object({
        form: z.enum(['credit_note', 'cash', 'goods', 'account_credit']),
        balance: z
          .object({
            validDays: z.number().int().nullable(),
            minOrderAmount: decimal.nullable(),
            maxOrderSharePct: decimal.nullable(),
          })
          .nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'CustomerTerms' });

export type CustomerTerms = z.infer<typeof customerTermsSchema>;

export function customerTermsOf(program: Program): CustomerTerms {
  const { products } = program.eligibility;

  return {
    currency: program.currency,
    period: { ...program.period },
    products: {
      include: copySelector(products.include),
      exclude: copySelector(products.exclude),
    },
    measure: program.measure,
    base: program.base,
    method: program.method,
    tiers: program.tiers.map((tier) => ({ ...tier })),
    conditions: { ...program.conditions },
    cap: { ...program.cap },
    rounding: { ...program.rounding },
    payout: program.payout && {
      form: program.payout.form,
      balance: program.payout.balance && { ...program.payout.balance },
    },
  };
}

function copySelector(selector: ProductSelector | null) {
  return selector === null
    ? null
    : {
        skus: [...selector.skus],
        categories: [...selector.categories],
        brands: [...selector.brands],
      };
}
