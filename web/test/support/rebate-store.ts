// A store that looks like a small distributor business: eight customers in
// two groups, a year of monthly sales up to the as-of date, three active
// programs (two with budgets) and their accruals refreshed, so the
// dashboard, the customer detail and the simulation have real figures.
import { refreshAccruals } from '../../../server/src/accruals/refresh-accruals.js';
import type { Store } from '../../../server/src/db/database.js';
import {
  importCsv,
  productsCsv,
  quarterProgram,
  salesCsv,
  seedPrograms,
  type Line,
} from '../../../server/test/integration/support/accrual-fixtures.js';

export const rebateAsOf = '2027-05-15';

/** The fixture customers C001–C003 (reps R1, R2) and five more. */
const customers = [
  ['C001', '华东一号经销商', '华东经销商', '华东', 'R1', 23],
  ['C002', '华南二号经销商', '华南KA', '华南', 'R2', 41],
  ['C003', '华东三号经销商', '华东经销商', '华东', 'R1', 15],
  ['C004', '苏州四号商贸有限公司', '华东经销商', '华东', 'R1', 31],
  ['C005', '广州五号连锁超市', '华南KA', '华南', 'R2', 52],
  ['C006', '南京六号食品经销部', '华东经销商', '华东', 'R1', 9],
  ['C007', '深圳七号便利店集团', '华南KA', '华南', 'R2', 27],
  ['C008', '宁波八号批发市场', '华东经销商', '华东', 'R1', 36],
] as const;

const customersCsv = [
  'code,name,group,region,tags,sales_rep',
  ...customers.map(([code, name, group, region, rep]) =>
    [code, name, group, region, '', rep].join(','),
  ),
].join('\n');

/** The twelve months up to the as-of date's month, as YYYY-MM. */
const months = Array.from({ length: 12 }, (_, i) => {
  const month = ((5 + i) % 12) + 1;
  const year = i < 7 ? 2026 : 2027;
  return `${String(year)}-${String(month).padStart(2, '0')}`;
});

/** A seasonal weight per calendar month, higher before the holidays. */
const seasonPct = [130, 80, 95, 100, 105, 100, 95, 100, 110, 115, 120, 140];

/** Two lines a month per customer; amounts in fen stay exact. */
function salesLines(): Line[] {
  return customers.flatMap(([code, , , , , size]) =>
    months.flatMap((month) => {
      const calendarMonth = Number(month.slice(5));
      const weight = seasonPct[calendarMonth - 1] ?? 100;
      const fen = size * 1_000 * weight + 37 * calendarMonth;
      // The as-of month holds the sales up to its 10th only.
      const day = month === '2027-05' ? '10' : '15';

      return (['P01', 'P02'] as const).map((sku, index) => ({
        invoiceNo: `S-${code}-${month}`,
        date: `${month}-${day}`,
        customer: code,
        sku,
        fen: index === 0 ? fen : Math.floor(fen / 2),
      }));
    }),
  );
}

const programs = [
  quarterProgram('EAST-Q-2027', {
    name: '2027 华东经销商季度返利',
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
    eligibility: { customers: { include: { groups: ['华东经销商'] } } },
    tiers: [
      { from: '60000', rate: '1%' },
      { from: '120000', rate: '2%' },
      { from: '180000', rate: '3%', amount: '500' },
    ],
    budget: '60000',
  }),
  quarterProgram('KA-Y-2027', {
    name: '2027 华南KA年度返利',
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'year' },
    eligibility: { customers: { include: { groups: ['华南KA'] } } },
    tiers: [
      { from: '400000', rate: '1.5%' },
      { from: '800000', rate: '2.5%' },
      { from: '1200000', rate: '3.5%' },
    ],
    accrual: { at: 'forecast' },
    budget: '90000',
  }),
  quarterProgram('ALL-M-2027', {
    name: '2027 全渠道月度冲量奖励',
    period: { start: '2027-01-01', end: '2027-12-31', settle: 'month' },
    tiers: [
      { from: '30000', rate: '0.5%' },
      { from: '60000', rate: '1%' },
    ],
  }),
];

export const rebateProgramCodes = programs.map((program) =>
  String(program.code),
);

/** Loads the customers, products, sales and programs, then the accruals. */
export async function seedRebateStore(store: Store): Promise<void> {
  await importCsv(store, 'customers', customersCsv, rebateAsOf);
  await importCsv(store, 'products', productsCsv(), rebateAsOf);
  await importCsv(store, 'sales', salesCsv(salesLines()), rebateAsOf);
  await seedPrograms(store, programs);
  await refreshAccruals(store, {
    asOf: rebateAsOf,
    audit: { actor: 'fixture' },
  });
}
