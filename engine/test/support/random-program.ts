// Random `tierline/program@1` documents for the differential tests: every
// measure, base, method, settle, accumulate, cap, condition, scope kind,
// rounding and tier part that validates, with thresholds near each other so
// that rows land on, below and above tier edges.
import fc from 'fast-check';
import { addDays } from '../../src/index.js';

/** The values random master data draws from; scopes pick from the same. */
export const POOLS = {
  groups: ['华东经销商', '华南经销商', 'G3'],
  regions: ['华东', '华南'],
  tags: ['KA', '重点', 'T3'],
  categories: ['饮料', '粮油', '休闲食品'],
  brands: ['清泉', '金穗'],
  units: ['箱', 'kg'],
} as const;

export const MEASURES = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_pct',
  'target_pct',
] as const;
export type RandomMeasure = (typeof MEASURES)[number];

const BASES = [
  'net_amount',
  'quantity',
  'gross_margin',
  'collected_amount',
  'growth_amount',
  'target_excess',
] as const;

/** Day 0 of the random calendar; 2028 is a leap year. */
export const EPOCH = '2027-01-01';

export function dayText(day: number): string {
  return addDays(EPOCH, day);
}

/** A decimal string of `units` × 10^-decimals, e.g. (12345, 2) → "123.45". */
export function decimalText(units: number, decimals: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  if (decimals === 0) return `${sign}${digits}`;

  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function nonEmptySubset<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.subarray([...values], { minLength: 1 });
}

/** A selector listing one to all of its kinds, each a non-empty list. */
function selector(
  kinds: Record<string, readonly string[]>,
): fc.Arbitrary<Record<string, string[]>> {
  const entries = Object.entries(kinds);

  return fc
    .subarray(entries, { minLength: 1 })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(([, values]) => nonEmptySubset(values)))
        .map((lists) =>
          Object.fromEntries(
            chosen.map(([kind], index) => [kind, lists[index] ?? []]),
          ),
        ),
    );
}

/** `arbitrary`'s value in `percent` of the cases, else null. */
export function sometimes<T>(
  arbitrary: fc.Arbitrary<T>,
  percent: number,
): fc.Arbitrary<T | null> {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 100 - percent },
    { arbitrary, weight: percent },
  );
}

/** Mostly wide scopes: a narrow one leaves most random cases without rows. */
function scope(kinds: Record<string, readonly string[]>) {
  return fc
    .record({
      include: sometimes(selector(kinds), 35),
      exclude: sometimes(selector(kinds), 15),
    })
    .map(({ include, exclude }) => ({
      ...(include === null ? {} : { include }),
      ...(exclude === null ? {} : { exclude }),
    }));
}

/** A threshold in the measure's unit: money, quantity or percent. */
function thresholdUnits(measure: RandomMeasure): {
  arbitrary: fc.Arbitrary<number>;
  decimals: number;
} {
  switch (measure) {
    case 'quantity':
      return { arbitrary: fc.integer({ min: 0, max: 400_000 }), decimals: 4 };
    case 'growth_pct':
    case 'target_pct':
      return {
        arbitrary: fc.integer({ min: -5_000, max: 15_000 }),
        decimals: 2,
      };
    default:
      return {
        arbitrary: fc.oneof(
          fc.integer({ min: 0, max: 3_000_000 }),
          fc.constantFrom(0, 1, 100_000, 500_000, 1_000_000),
        ),
        decimals: 2,
      };
  }
}

interface TierRules {
  rate: boolean;
  perUnit: boolean;
}

/** Which tier parts validate for a method, measure and base (§4.3 7–8). */
function tierRules(
  method: 'retroactive' | 'incremental',
  measure: RandomMeasure,
  base: string,
): TierRules {
  if (method === 'incremental') {
    return { rate: measure !== 'quantity', perUnit: measure === 'quantity' };
  }

  return { rate: base !== 'quantity', perUnit: true };
}

const rateText = fc
  .integer({ min: 0, max: 1_500 })
  .map((hundredths) => `${decimalText(hundredths, 2)}%`);
const amountText = fc
  .integer({ min: 0, max: 500_000 })
  .map((fen) => decimalText(fen, 2));
const perUnitText = fc
  .integer({ min: 0, max: 5_000 })
  .map((fen) => decimalText(fen, 2));

function tiers(measure: RandomMeasure, rules: TierRules) {
  const { arbitrary, decimals } = thresholdUnits(measure);
  const parts = ['amount', ...(rules.rate ? ['rate'] : [])];
  if (rules.perUnit) parts.push('per_unit');

  const tier = (from: number) =>
    fc.subarray(parts, { minLength: 1 }).chain((chosen) =>
      fc.record({
        from: fc.constant(decimalText(from, decimals)),
        ...(chosen.includes('rate') ? { rate: rateText } : {}),
        ...(chosen.includes('per_unit') ? { per_unit: perUnitText } : {}),
        ...(chosen.includes('amount') ? { amount: amountText } : {}),
      }),
    );

  return fc
    .uniqueArray(arbitrary, { minLength: 1, maxLength: 4 })
    .map((froms) => [...froms].sort((a, b) => a - b))
    .chain((froms) => fc.tuple(...froms.map(tier)));
}

function methodAndBase(measure: RandomMeasure) {
  const incremental =
    measure === 'growth_pct' || measure === 'target_pct'
      ? []
      : [{ method: 'incremental' as const, base: measure as string }];

  return fc.oneof(
    fc.constantFrom(...BASES).map((base) => ({
      method: 'retroactive' as const,
      base: base as string,
    })),
    fc.constant({ method: 'retroactive' as const, base: 'default' }),
    ...incremental.map((choice) => fc.constant(choice)),
  );
}

const term = (anchorDay: number) =>
  fc
    .record({
      startDay: fc.integer({ min: anchorDay - 60, max: anchorDay + 60 }),
      length: fc.oneof(
        { arbitrary: fc.integer({ min: 20, max: 800 }), weight: 4 },
        { arbitrary: fc.constantFrom(0, 30, 89, 365, 730), weight: 1 },
      ),
      settle: fc.constantFrom('month', 'quarter', 'half_year', 'year', 'whole'),
      accumulate: fc.constantFrom('period', 'cumulative'),
    })
    .map(({ startDay, length, settle, accumulate }) => ({
      start: dayText(startDay),
      end: dayText(startDay + length),
      settle,
      accumulate,
    }));

function moneyCap() {
  return fc
    .integer({ min: 0, max: 3_000_000 })
    .map((fen) => decimalText(fen, 2));
}

/** The codes a case's customers and products have: scopes name them. */
export interface CaseCodes {
  customers: readonly string[];
  skus: readonly string[];
}

/** `anchorDay`: the programs of one case start within 60 days of it. */
export function programDocument(
  code: string,
  codes: CaseCodes,
  anchorDay: number,
) {
  return fc.constantFrom(...MEASURES).chain((measure) =>
    methodAndBase(measure).chain(({ method, base }) => {
      const effectiveBase =
        base === 'default'
          ? measure === 'growth_pct' || measure === 'target_pct'
            ? 'net_amount'
            : measure
          : base;

      return fc
        .record({
          period: term(anchorDay),
          currency: fc.constantFrom(...Array<string>(9).fill('CNY'), 'USD'),
          customers: scope({
            codes: codes.customers,
            groups: POOLS.groups,
            regions: POOLS.regions,
            tags: POOLS.tags,
          }),
          products: scope({
            skus: codes.skus,
            categories: POOLS.categories,
            brands: POOLS.brands,
          }),
          tiers: tiers(measure, tierRules(method, measure, effectiveBase)),
          paidWithinDays: sometimes(fc.integer({ min: 0, max: 60 }), 20),
          minCategories: sometimes(fc.integer({ min: 1, max: 3 }), 15),
          minGrowthPct: sometimes(
            fc
              .integer({ min: -2_000, max: 5_000 })
              .map((v) => decimalText(v, 2)),
            15,
          ),
          perPeriod: sometimes(moneyCap(), 25),
          total: sometimes(moneyCap(), 25),
          scale: fc.integer({ min: 0, max: 4 }),
          mode: fc.constantFrom('half_up', 'half_even'),
        })
        .map((parts) => ({
          format: 'tierline/program@1',
          code,
          name: `随机政策 ${code}`,
          currency: parts.currency,
          period: parts.period,
          eligibility: { customers: parts.customers, products: parts.products },
          measure,
          ...(base === 'default' ? {} : { base }),
          method,
          tiers: parts.tiers,
          conditions: {
            ...(parts.paidWithinDays === null
              ? {}
              : { paid_within_days: parts.paidWithinDays }),
            ...(parts.minCategories === null
              ? {}
              : { min_categories: parts.minCategories }),
            ...(parts.minGrowthPct === null
              ? {}
              : { min_growth_pct: parts.minGrowthPct }),
          },
          cap: {
            ...(parts.perPeriod === null ||
            parts.period.accumulate === 'cumulative'
              ? {}
              : { per_period: parts.perPeriod }),
            ...(parts.total === null ? {} : { total: parts.total }),
          },
          rounding: { scale: parts.scale, mode: parts.mode },
        }));
    }),
  );
}
