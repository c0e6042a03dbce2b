// A valid program file becomes the Program model: camelCase, decimals as
// plain strings, and the defaults of DESIGN §4.2 filled in.
import { parseProgramNumber } from '../money/parse.js';
import { formatPath, type PathSegment } from './path.js';
import type {
  CustomerSelector,
  ProductSelector,
  Program,
  ProgramTier,
  Scope,
} from './program.js';
import type { ProgramFile } from './schema.js';
import { defaultBase } from './kinds.js';

type Selectors<Kind extends string> = Partial<Record<Kind, string[]>>;

type NumberTexts = ReadonlyMap<string, string>;

function decimalText(
  value: string | number,
  path: readonly PathSegment[],
  numberTexts: NumberTexts,
): string {
  if (typeof value === 'string') return value;

  const parsed = parseProgramNumber(value, numberTexts.get(formatPath(path)));
  if (!parsed.ok) throw new RangeError(parsed.reason);

  return parsed.value.toString();
}

function optionalDecimal(
  value: string | number | undefined,
  path: readonly PathSegment[],
  numberTexts: NumberTexts,
): string | null {
  return value === undefined ? null : decimalText(value, path, numberTexts);
}

function withoutPercent(rate: string | undefined): string | null {
  return rate === undefined ? null : rate.replace(/%$/, '');
}

function customerSelector(
  kinds: Selectors<keyof CustomerSelector> | undefined,
): CustomerSelector | null {
  if (kinds === undefined) return null;

  return {
    codes: kinds.codes ?? [],
    groups: kinds.groups ?? [],
    regions: kinds.regions ?? [],
    tags: kinds.tags ?? [],
  };
}

function productSelector(
  kinds: Selectors<keyof ProductSelector> | undefined,
): ProductSelector | null {
  if (kinds === undefined) return null;

  return {
    skus: kinds.skus ?? [],
    categories: kinds.categories ?? [],
    brands: kinds.brands ?? [],
  };
}

function customerScope(file: ProgramFile): Scope<CustomerSelector> {
  const customers = file.eligibility?.customers;

  return {
    include: customerSelector(customers?.include),
    exclude: customerSelector(customers?.exclude),
  };
}

function productScope(file: ProgramFile): Scope<ProductSelector> {
  const products = file.eligibility?.products;

  return {
    include: productSelector(products?.include),
    exclude: productSelector(products?.exclude),
  };
}

function tiers(file: ProgramFile, numberTexts: NumberTexts): ProgramTier[] {
  return file.tiers.map((tier, index) => ({
    from: decimalText(tier.from, ['tiers', index, 'from'], numberTexts),
    ratePct: withoutPercent(tier.rate),
    perUnit: optionalDecimal(
      tier.per_unit,
      ['tiers', index, 'per_unit'],
      numberTexts,
    ),
    amount: optionalDecimal(
      tier.amount,
      ['tiers', index, 'amount'],
      numberTexts,
    ),
  }));
}

function payout(
  file: ProgramFile,
  numberTexts: NumberTexts,
): Program['payout'] {
  if (file.payout === undefined) return null;

  const balance = file.payout.balance;

  return {
    form: file.payout.form,
    balance:
      balance === undefined
        ? null
        : {
            validDays: balance.valid_days ?? null,
            minOrderAmount: optionalDecimal(
              balance.min_order_amount,
              ['payout', 'balance', 'min_order_amount'],
              numberTexts,
            ),
            maxOrderSharePct: withoutPercent(balance.max_order_share),
          },
  };
}

/** Only for files that passed the schema and the cross-checks. */
export function normalizeProgram(
  file: ProgramFile,
  numberTexts: NumberTexts,
): Program {
  return {
    format: file.format,
    code: file.code,
    name: file.name,
    currency: file.currency,
    period: {
      start: file.period.start,
      end: file.period.end,
      settle: file.period.settle ?? 'whole',
      accumulate: file.period.accumulate ?? 'period',
    },
    eligibility: {
      customers: customerScope(file),
      products: productScope(file),
    },
    measure: file.measure,
    base: file.base ?? defaultBase(file.measure),
    method: file.method ?? 'retroactive',
    tiers: tiers(file, numberTexts),
    conditions: {
      paidWithinDays: file.conditions?.paid_within_days ?? null,
      minCategories: file.conditions?.min_categories ?? null,
      minGrowthPct: optionalDecimal(
        file.conditions?.min_growth_pct,
        ['conditions', 'min_growth_pct'],
        numberTexts,
      ),
    },
    cap: {
      perPeriod: optionalDecimal(
        file.cap?.per_period,
        ['cap', 'per_period'],
        numberTexts,
      ),
      total: optionalDecimal(file.cap?.total, ['cap', 'total'], numberTexts),
    },
    budget: optionalDecimal(file.budget, ['budget'], numberTexts),
    rounding: {
      scale: file.rounding?.scale ?? 2,
      mode: file.rounding?.mode ?? 'half_up',
    },
    enrollment: file.enrollment ?? 'automatic',
    accrual: { at: file.accrual?.at ?? 'current' },
    accounting:
      file.accounting === undefined
        ? null
        : {
            expenseAccount: file.accounting.expense_account ?? null,
            liabilityAccount: file.accounting.liability_account ?? null,
          },
    payout: payout(file, numberTexts),
  };
}
