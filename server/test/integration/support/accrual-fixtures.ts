// A small store for accrual tests: customers in two groups, products in two
// categories, active programs seeded directly, and sales lines imported
// through the real import with the refresh left to the test.
import { Readable } from 'node:stream';
import { Dec } from '@tierline/engine';
import type { Store } from '../../../src/db/database.js';
import { runImport, type ImportKind } from '../../../src/imports/run-import.js';
import { seedActiveProgram } from '../../../src/programs/seed-active-program.js';
import { calculateStore } from '../../../src/calculation/calculate-store.js';

export const customerCode = (n: number) => `C${String(n).padStart(3, '0')}`;

/** C001 … C`count`; odd numbers are in group 华东 (A), even in 华南 (B). */
export function customersCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const group = n % 2 === 1 ? '华东经销商' : '华南KA';
    return `${customerCode(n)},客户${String(n)}有限公司,${group},华东,,rep01`;
  });
  return ['code,name,group,region,tags,sales_rep', ...rows].join('\n');
}

export function productsCsv(): string {
  return [
    'sku,name,category,brand,unit',
    'P01,矿泉水,饮料,清泉,箱',
    'P02,大米,粮油,金谷,袋',
  ].join('\n');
}

export interface Line {
  invoiceNo: string;
  date: string;
  customer: string;
  sku: string;
  /** Fen, to keep every amount exact. */
  fen: number;
}

export function salesCsv(lines: readonly Line[]): string {
  const rows = lines.map((line, index) => {
    const amount = Dec.of(String(line.fen)).dividedBy(Dec.of('100'));
    const quantity = line.fen < 0 ? '-1' : '1';
    return [
      line.invoiceNo,
      String(index + 1),
      line.date,
      line.customer,
      line.sku,
      quantity,
      amount.round(2, 'half_up').toString(),
      '',
      'CNY',
      '',
    ].join(',');
  });
  return [
    'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date',
    ...rows,
  ].join('\n');
}

export async function importCsv(
  store: Store,
  kind: ImportKind,
  content: string,
  accrualAsOf: string,
  refresh = false,
): Promise<void> {
  const report = await runImport(store, {
    kind,
    fileName: `${kind}.csv`,
    source: Readable.from([Buffer.from(content)]),
    actor: 'test',
    refreshAccruals: refresh,
    accrualAsOf,
  });
  if (report.status !== 'committed') {
    throw new Error(`import rejected: ${JSON.stringify(report.badRows)}`);
  }
}

export function quarterProgram(
  code: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'tierline/program@1',
    code,
    name: `${code} 季度返利`,
    currency: 'CNY',
    period: { start: '2027-01-01', end: '2028-12-31', settle: 'quarter' },
    measure: 'net_amount',
    tiers: [
      { from: '1000', rate: '1%' },
      { from: '5000', rate: '2%' },
    ],
    ...changes,
  };
}

export async function seedPrograms(
  store: Store,
  documents: readonly Record<string, unknown>[],
): Promise<void> {
  for (const document of documents) {
    await seedActiveProgram(store, document, { actor: 'test' });
  }
}

export interface AccrualRow {
  programCode: string;
  customerCode: string;
  periodStart: string;
  rebate: string;
  measure: string | null;
  tier: number;
  forecastRebate: string | null;
  accruedAmount: string;
  closed: boolean;
}

export async function storedAccruals(store: Store): Promise<AccrualRow[]> {
  return store.transaction((connection) =>
    connection.query<AccrualRow>(
      `select a.program_code as "programCode", c.code as "customerCode",
              a.period_start::text as "periodStart", a.rebate::text as rebate,
              a.measure::text as measure, a.tier,
              a.forecast_rebate::text as "forecastRebate",
              a.accrued_amount::text as "accruedAmount", a.closed
         from accruals a join customers c on c.id = a.customer_id
        order by 1, 2, 3`,
    ),
  );
}

/** The same rows from a full recalculation over the whole store. */
export async function fullRecalculation(
  store: Store,
  asOf: string,
): Promise<Omit<AccrualRow, 'accruedAmount' | 'closed'>[]> {
  const output = await calculateStore(store, asOf);
  return output.results
    .map((result) => ({
      programCode: result.programCode,
      customerCode: result.customerCode,
      periodStart: result.period.start,
      rebate: result.rebate,
      measure: result.measure,
      tier: result.tier,
      forecastRebate: result.forecast?.rebate ?? null,
    }))
    .sort(
      (a, b) =>
        a.programCode.localeCompare(b.programCode) ||
        a.customerCode.localeCompare(b.customerCode) ||
        a.periodStart.localeCompare(b.periodStart),
    );
}

/** Σ (credit − debit) per account role, and vouchers that do not balance. */
export async function journalTotals(store: Store): Promise<{
  liability: string;
  expense: string;
  unbalanced: number;
}> {
  const [row] = await store.transaction((connection) =>
    connection.query<{
      liability: string;
      expense: string;
      unbalanced: number;
    }>(
      `select
         coalesce(sum(credit - debit) filter (where account_role = 'liability'), 0)::numeric(18,2)::text as liability,
         coalesce(sum(debit - credit) filter (where account_role = 'expense'), 0)::numeric(18,2)::text as expense,
         (select count(*)::int from (
            select voucher_id from journal_lines group by voucher_id
            having sum(debit) <> sum(credit)) u) as unbalanced
       from journal_lines`,
    ),
  );
  return row ?? { liability: '0', expense: '0', unbalanced: 0 };
}

/** What the liability should hold: open accruals, settlements, adjustments. */
export async function expectedLiability(store: Store): Promise<string> {
  const [row] = await store.transaction((connection) =>
    connection.query<{ total: string }>(
      `select (
         (select coalesce(sum(accrued_amount), 0) from accruals where not closed)
       + (select coalesce(sum(rebate), 0) from settlements)
       + (select coalesce(sum(amount), 0) from settlement_adjustments)
       )::numeric(18,2)::text as total`,
    ),
  );
  return row?.total ?? '0';
}
