import type { DemoCustomer } from './customers.js';
import type { SalesStats } from './sales-stats.js';
import { sizeThresholds } from './thresholds.js';

/** A `tierline/program@1` file as JSON (DESIGN §4.2). */
export type ProgramDocument = Record<string, unknown> & {
  format: 'tierline/program@1';
  code: string;
  name: string;
};

export interface ProgramContext {
  /** The program year: the calendar year of today. */
  year: number;
  customers: readonly DemoCustomer[];
  stats: SalesStats;
}

export const demoProgramCodes = (year: number) => ({
  eastQuarterly: `EAST-Q-${year}`,
  keyAccountYearly: `KA-YEAR-${year}`,
  growth: `GROWTH-${year}`,
  target: `TARGET-${year}`,
});

/** The customers of the target program: those tagged 重点 (key customers). */
export const targetProgramTag = '重点';

const accounting = { expense_account: '6601.05', liability_account: '2241.03' };

/**
 * The four example programs, sized on last year's sales, each with a budget
 * the dashboard sets its projected cost against.
 */
export function demoPrograms(context: ProgramContext): ProgramDocument[] {
  return [
    eastQuarterly(context),
    keyAccountYearly(context),
    growthOverLastYear(context),
    targetAchievement(context),
  ];
}

/** Retroactive: the reached tier's rate applies to the whole quarter. */
function eastQuarterly(context: ProgramContext): ProgramDocument {
  const { year } = context;
  const inScope = context.customers
    .map((customer, index) => ({ customer, index }))
    .filter(({ customer }) => customer.group === '华东经销商');
  const lastYearQuarters = inScope.flatMap(({ index }) =>
    quarterStarts(year - 1).map((start) =>
      context.stats.quarterNetFen(index, start),
    ),
  );
  const [first, second, third] = sizeThresholds(
    lastYearQuarters,
    [0.35, 0.65, 0.9],
    [500_000, 1_000_000, 2_000_000],
  );

  return {
    format: 'tierline/program@1',
    code: demoProgramCodes(year).eastQuarterly,
    name: `${year} 华东经销商季度返利`,
    currency: 'CNY',
    period: { start: `${year}-01-01`, end: `${year}-12-31`, settle: 'quarter' },
    eligibility: { customers: { include: { groups: ['华东经销商'] } } },
    measure: 'net_amount',
    method: 'retroactive',
    tiers: [
      { from: first, rate: '2%' },
      { from: second, rate: '3.5%' },
      { from: third, rate: '5%' },
    ],
    conditions: { min_categories: 3 },
    cap: { per_period: '300000' },
    budget: '12000000',
    accounting,
    payout: { form: 'credit_note' },
  };
}

/** Incremental: each band of the year's sales earns its own rate. */
function keyAccountYearly(context: ProgramContext): ProgramDocument {
  const { year } = context;
  const lastYear = context.customers
    .map((customer, index) => ({ customer, index }))
    .filter(({ customer }) => customer.tags.includes('KA'))
    .map(({ index }) =>
      quarterStarts(year - 1).reduce(
        (sum, start) => sum + context.stats.quarterNetFen(index, start),
        0,
      ),
    );
  const [second, third] = sizeThresholds(
    lastYear,
    [0.4, 0.8],
    [5_000_000, 10_000_000],
  );

  return {
    format: 'tierline/program@1',
    code: demoProgramCodes(year).keyAccountYearly,
    name: `${year} KA 客户年度超额累进返利`,
    currency: 'CNY',
    period: { start: `${year}-01-01`, end: `${year}-12-31`, settle: 'year' },
    eligibility: { customers: { include: { tags: ['KA'] } } },
    measure: 'net_amount',
    method: 'incremental',
    tiers: [
      { from: '0', rate: '1%' },
      { from: second, rate: '2%' },
      { from: third, rate: '3%', amount: '20000' },
    ],
    accrual: { at: 'forecast' },
    budget: '7000000',
    accounting,
    payout: { form: 'cash' },
  };
}

/** Growth: the quarter against the same quarter of last year. */
function growthOverLastYear(context: ProgramContext): ProgramDocument {
  const { year } = context;
  return {
    format: 'tierline/program@1',
    code: demoProgramCodes(year).growth,
    name: `${year} 华南华北西南同比增长返利`,
    currency: 'CNY',
    period: { start: `${year}-01-01`, end: `${year}-12-31`, settle: 'quarter' },
    eligibility: {
      customers: { include: { regions: ['华南', '华北', '西南'] } },
      products: { exclude: { categories: ['日化'] } },
    },
    measure: 'growth_pct',
    base: 'net_amount',
    method: 'retroactive',
    tiers: [
      { from: '5', rate: '1%' },
      { from: '15', rate: '2%' },
      { from: '30', rate: '3%' },
    ],
    cap: { per_period: '100000' },
    budget: '8000000',
    accounting,
    payout: { form: 'goods' },
  };
}

/** Target achievement: the quarter's sales against the customer's target. */
function targetAchievement(context: ProgramContext): ProgramDocument {
  const { year } = context;
  return {
    format: 'tierline/program@1',
    code: demoProgramCodes(year).target,
    name: `${year} 重点客户目标达成返利`,
    currency: 'CNY',
    period: { start: `${year}-01-01`, end: `${year}-12-31`, settle: 'quarter' },
    eligibility: { customers: { include: { tags: [targetProgramTag] } } },
    measure: 'target_pct',
    base: 'net_amount',
    method: 'retroactive',
    tiers: [
      { from: '90', rate: '1%' },
      { from: '100', rate: '2%' },
      { from: '110', rate: '3%' },
    ],
    enrollment: 'automatic',
    budget: '9500000',
    accounting,
    payout: {
      form: 'account_credit',
      balance: {
        valid_days: 365,
        min_order_amount: '5000',
        max_order_share: '30%',
      },
    },
  };
}

export function quarterStarts(year: number): string[] {
  return ['01', '04', '07', '10'].map((month) => `${year}-${month}-01`);
}
