// The data of bench/calculate.ts: 50,000 customers in 250 groups, 2,000
// products, 1,000 programs and N sales lines over 2026-01-01 .. the as-of
// date, seeded so every run builds the same set. A program reaches about 280
// customers (one group, one tag or a list of codes) and a fifth of the
// products, so each line has about 5.6 candidate programs.
import type { Customer, Product } from '@tierline/engine';
import { createPrng, type Prng } from '../server/src/demo/prng.js';

export const AS_OF = '2027-11-15';
const FIRST_DAY = '2026-01-01';

export interface BenchShape {
  lines: number;
  programs: number;
  customers: number;
  products: number;
}

export interface BenchLine {
  customer: number;
  product: number;
  invoiceDate: string;
  /** Fen and 1/10,000 units, so loaders write them without rounding. */
  netFen: number;
  costFen: number | null;
  quantityUnits: number;
  currency: string;
  paidDate: string | null;
}

const GROUPS = 250;
const TAGS = 50;
const CATEGORIES = 40;
const BRANDS = 100;
const UNITS = ['箱', '箱', '箱', 'kg', '个'];
const REGIONS = [
  '华东',
  '华南',
  '华北',
  '华中',
  '西南',
  '西北',
  '东北',
  '港澳',
];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function customerCode(index: number): string {
  return `C${pad(index, 5)}`;
}

export function benchCustomers(shape: BenchShape): Customer[] {
  const prng = createPrng(11);

  return Array.from({ length: shape.customers }, (_, index) => ({
    code: customerCode(index),
    name: `经销商 ${pad(index, 5)}`,
    group: `经销商组-${pad(index % GROUPS, 3)}`,
    region: REGIONS[index % REGIONS.length] ?? '',
    tags: prng.chance(0.5) ? [`T${pad(prng.int(0, TAGS - 1), 2)}`] : [],
    salesRep: `REP${pad(index % 300, 3)}`,
  }));
}

export function benchProducts(shape: BenchShape): Product[] {
  const prng = createPrng(12);

  return Array.from({ length: shape.products }, (_, index) => ({
    sku: `P${pad(index, 5)}`,
    name: `产品 ${pad(index, 5)}`,
    category: `品类-${pad(index % CATEGORIES, 2)}`,
    brand: `品牌-${pad(prng.int(0, BRANDS - 1), 3)}`,
    unit: prng.pick(UNITS),
    listPrice: null,
    vatRate: '13%',
  }));
}

function customerScope(prng: Prng, shape: BenchShape) {
  const kind = prng.weighted(['group', 'tag', 'codes'], [60, 15, 25]);
  if (kind === 'group') {
    return {
      include: { groups: [`经销商组-${pad(prng.int(0, GROUPS - 1), 3)}`] },
    };
  }
  if (kind === 'tag') {
    return { include: { tags: [`T${pad(prng.int(0, TAGS - 1), 2)}`] } };
  }

  const codes = new Set<string>();
  while (codes.size < 50)
    codes.add(customerCode(prng.int(0, shape.customers - 1)));

  return { include: { codes: [...codes] } };
}

function productScope(prng: Prng) {
  if (prng.chance(0.1)) return {};
  if (prng.chance(0.67)) {
    const categories = new Set<string>();
    const count = prng.int(3, 13);
    while (categories.size < count) {
      categories.add(`品类-${pad(prng.int(0, CATEGORIES - 1), 2)}`);
    }

    return { include: { categories: [...categories] } };
  }

  const brands = new Set<string>();
  const count = prng.int(10, 30);
  while (brands.size < count)
    brands.add(`品牌-${pad(prng.int(0, BRANDS - 1), 3)}`);

  return { include: { brands: [...brands] } };
}

/** Thresholds sized on a customer's expected figures for one quarter. */
function measureAndTiers(prng: Prng, months: number) {
  // Base figures are multiples of 3, so a month's share is whole.
  const scale = (perQuarter: number) => String((perQuarter / 3) * months);
  const measure = prng.weighted(
    [
      'net_amount',
      'quantity',
      'gross_margin',
      'collected_amount',
      'growth_pct',
      'target_pct',
    ],
    [40, 10, 10, 10, 20, 10],
  );
  switch (measure) {
    case 'quantity':
      return {
        measure,
        tiers: [
          { from: scale(105), per_unit: '0.5' },
          { from: scale(405), per_unit: '0.8', amount: '500' },
        ],
      };
    case 'growth_pct':
      return {
        measure,
        tiers: [
          { from: '0', rate: '1%' },
          { from: '10', rate: '2%' },
          { from: '25', rate: '3.5%' },
        ],
        conditions: { min_categories: 2 },
      };
    case 'target_pct':
      return {
        measure,
        tiers: [
          { from: '80', rate: '1%' },
          { from: '100', rate: '2.5%' },
        ],
      };
    default:
      return {
        measure,
        ...(measure === 'net_amount' && prng.chance(0.5)
          ? { method: 'incremental' }
          : {}),
        tiers: [
          { from: scale(21_000), rate: '1%' },
          { from: scale(81_000), rate: '2%' },
          { from: scale(201_000), rate: '3%', amount: '1000' },
        ],
        ...(measure === 'collected_amount'
          ? { conditions: { paid_within_days: 60 } }
          : {}),
      };
  }
}

const SETTLE_MONTHS = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
  whole: 12,
} as const;

export function benchProgramDocuments(
  shape: BenchShape,
): Record<string, unknown>[] {
  const prng = createPrng(13);

  return Array.from({ length: shape.programs }, (_, index) => {
    const settle = prng.weighted(
      ['month', 'quarter', 'half_year', 'year', 'whole'] as const,
      [15, 45, 10, 10, 20],
    );
    const accumulate = prng.chance(0.2) ? 'cumulative' : 'period';

    return {
      format: 'tierline/program@1',
      code: `BP${pad(index, 4)}`,
      name: `基准政策 ${pad(index, 4)}`,
      currency: 'CNY',
      period: { start: '2027-01-01', end: '2027-12-31', settle, accumulate },
      eligibility: {
        customers: customerScope(prng, shape),
        products: productScope(prng),
      },
      ...measureAndTiers(prng, SETTLE_MONTHS[settle]),
      ...(prng.chance(0.2) && accumulate === 'period'
        ? { cap: { per_period: '20000' } }
        : {}),
    };
  });
}

function dayText(start: number, offset: number): string {
  return new Date((start + offset) * 86_400_000).toISOString().slice(0, 10);
}

/** Every line, in a fixed order; the object yielded is reused. */
export function* benchLines(shape: BenchShape): Generator<BenchLine> {
  const prng = createPrng(14);
  const firstDay = Date.parse(FIRST_DAY) / 86_400_000;
  const days = Date.parse(AS_OF) / 86_400_000 - firstDay + 1;
  const line: BenchLine = {
    customer: 0,
    product: 0,
    invoiceDate: FIRST_DAY,
    netFen: 0,
    costFen: null,
    quantityUnits: 0,
    currency: 'CNY',
    paidDate: null,
  };
  const dates = Array.from({ length: days + 120 }, (_, offset) =>
    dayText(firstDay, offset),
  );

  for (let index = 0; index < shape.lines; index += 1) {
    const day = prng.int(0, days - 1);
    const kind = prng.next();
    const units = prng.int(1, 200);
    const priceFen = prng.int(500, 30_000);
    const sign = kind < 0.05 ? -1 : 1;

    line.customer = prng.int(0, shape.customers - 1);
    line.product = prng.int(0, shape.products - 1);
    line.invoiceDate = dates[day] ?? FIRST_DAY;
    // 1 % are price allowances: a negative amount and no quantity.
    line.quantityUnits =
      kind >= 0.05 && kind < 0.06 ? 0 : sign * units * 10_000;
    line.netFen = (kind >= 0.05 && kind < 0.06 ? -1 : sign) * units * priceFen;
    // Cost is 80 % of the amount, in whole fen: (net − net mod 5) / 5 × 4.
    line.costFen = prng.chance(0.85)
      ? ((line.netFen - (line.netFen % 5)) / 5) * 4
      : null;
    line.currency = prng.chance(0.01) ? 'USD' : 'CNY';
    line.paidDate = prng.chance(0.8)
      ? (dates[day + prng.int(0, 110)] ?? null)
      : null;
    yield line;
  }
}
