// A store with what a statement reads: an active program, products and
// sales lines of C001 and C002, the first quarter closed with a settlement
// per customer and the second still open with C001's accrual. The figures
// are the engine's own, written as the accruals module writes them.
import { calculate, type RebateResult } from '@tierline/engine';
import type { Store } from '../../../src/db/database.js';
import { programOf } from '../../../src/programs/program-file.js';
import { seedActiveProgram } from '../../../src/programs/seed-active-program.js';

export const statementProgram = {
  format: 'tierline/program@1',
  code: 'EAST-Q-2027',
  name: '2027 华东经销商季度返利',
  currency: 'CNY',
  period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
  eligibility: { customers: { include: { codes: ['C001', 'C002'] } } },
  measure: 'net_amount',
  tiers: [
    { from: '100000', rate: '2%' },
    { from: '300000', rate: '3.5%' },
    { from: '500000', rate: '5%', amount: '2000' },
  ],
};

const products = [
  ['P100', '清泉矿泉水 550ml*24', '饮料'],
  ['P200', '金穗菜籽油 5L*4', '粮油'],
];

/** invoice, customer, sku, date, net amount */
const sales: [string, string, string, string, string][] = [
  ['INV-1', 'C001', 'P100', '2027-02-01', '200000.00'],
  ['INV-2', 'C001', 'P200', '2027-02-15', '123456.78'],
  ['INV-3', 'C001', 'P100', '2027-03-10', '-3456.78'],
  ['INV-4', 'C002', 'P100', '2027-03-01', '150000.00'],
  ['INV-5', 'C001', 'P100', '2027-04-02', '50000.00'],
];

export const closedAsOf = '2027-04-05';
export const q1 = '2027-01-01';
export const q2 = '2027-04-01';

export async function seedStatementFacts(
  store: Store,
  customerIds: Map<string, number>,
): Promise<void> {
  await seedActiveProgram(store, statementProgram, { actor: 'fixture' });
  const program = programOf(statementProgram);
  const output = calculate({
    programs: [program],
    customers: ['C001', 'C002'].map((code) => ({
      code,
      name: code,
      group: '',
      region: '',
      tags: [],
      salesRep: '',
    })),
    products: products.map(([sku = '', name = '', category = '']) => ({
      sku,
      name,
      category,
      brand: '',
      unit: '箱',
      listPrice: null,
      vatRate: '13%',
    })),
    sales: sales.map(([invoiceNo, customerCode, sku, invoiceDate, net]) => ({
      invoiceNo,
      lineNo: 1,
      invoiceDate,
      customerCode,
      sku,
      quantity: '10',
      netAmount: net,
      costAmount: null,
      currency: 'CNY',
      paidDate: null,
    })),
    targets: [],
    asOf: closedAsOf,
  });
  const idOf = (code: string): number => {
    const id = customerIds.get(code);
    if (id === undefined) throw new Error(`no customer ${code}`);
    return id;
  };

  await store.transaction(async (connection) => {
    const productIds = new Map<string, number>();
    for (const [sku = '', name = '', category = ''] of products) {
      const [row] = await connection.query<{ id: number }>(
        `insert into products (sku, name, category) values ($1, $2, $3)
         returning id`,
        [sku, name, category],
      );
      if (row) productIds.set(sku, row.id);
    }
    for (const [invoiceNo, customer, sku, date, net] of sales) {
      await connection.query(
        `insert into sales_lines (batch_id, invoice_no, line_no, invoice_date,
           customer_id, product_id, quantity, net_amount, currency)
         values (0, $1, 1, $2, $3, $4, 10, $5, 'CNY')`,
        [invoiceNo, date, idOf(customer), productIds.get(sku), net],
      );
    }

    const [close] = await connection.query<{ id: number }>(
      `insert into period_closes (program_code, period_start, period_end,
         as_of, closed_by)
       values ($1, $2, '2027-03-31', $3, 'fixture') returning id::int as id`,
      [statementProgram.code, q1, closedAsOf],
    );
    for (const result of output.results) {
      await writeFigures(
        connection,
        result,
        idOf(result.customerCode),
        close?.id,
      );
    }
  });
}

async function writeFigures(
  connection: Parameters<Parameters<Store['transaction']>[0]>[0],
  result: RebateResult,
  customerId: number,
  closeId: number | undefined,
): Promise<void> {
  const { period } = result;
  if (!period.open && closeId !== undefined) {
    await connection.query(
      `insert into settlements (close_id, program_code, program_version,
         customer_id, period_start, period_end, rebate, result)
       values ($1, $2, 1, $3, $4, $5, $6, $7::jsonb)`,
      [
        closeId,
        result.programCode,
        customerId,
        period.start,
        period.end,
        result.rebate,
        JSON.stringify(result),
      ],
    );
  }
  await connection.query(
    `insert into accruals (program_code, program_version, customer_id,
       period_start, period_end, open, closed, as_of, measure, tier, exact,
       rebate, accrual_at, accrued_amount, result)
     values ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'current', $11,
       $12::jsonb)`,
    [
      result.programCode,
      customerId,
      period.start,
      period.end,
      period.open,
      !period.open,
      closedAsOf,
      result.measure,
      result.tier,
      result.exact,
      result.rebate,
      JSON.stringify(result),
    ],
  );
}
