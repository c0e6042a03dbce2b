// Statements built from real engine results, so the tests read the figures
// a customer would get for a known program and known sales.
import {
  calculate,
  parseProgram,
  summarizeByCategory,
  type Customer,
  type Product,
  type Program,
  type RebateResult,
  type SalesLine,
} from '@tierline/engine';
import { buildStatementDocument } from '../../../src/statements/build-statement-document.js';
import type {
  StatementAdjustment,
  StatementDocument,
} from '../../../src/statements/statement-document.js';

export const customer: Customer = {
  code: 'C001',
  name: '上海瑞丰商贸有限公司',
  group: '华东经销商',
  region: '华东',
  tags: [],
  salesRep: 'rep01',
};

export const products: Product[] = [
  ['P100', '饮料'],
  ['P200', '粮油'],
  ['P300', '休闲食品'],
].map(([sku = '', category = '']) => ({
  sku,
  name: `产品 ${sku}`,
  category,
  brand: '清泉',
  unit: '箱',
  listPrice: null,
  vatRate: '13%',
}));

export function program(fields: Record<string, unknown> = {}): Program {
  const parsed = parseProgram(
    JSON.stringify({
      format: 'tierline/program@1',
      code: 'EAST-Q-2027',
      name: '2027 华东经销商季度返利',
      currency: 'CNY',
      period: { start: '2027-01-01', end: '2027-12-31', settle: 'quarter' },
      eligibility: { customers: { include: { codes: ['C001', 'C999'] } } },
      measure: 'net_amount',
      tiers: [
        { from: '100000', rate: '2%' },
        { from: '300000', rate: '3.5%' },
        { from: '500000', rate: '5%', amount: '2000' },
      ],
      cap: { per_period: '50000' },
      ...fields,
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

  return parsed.program;
}

let invoice = 0;

export function sale(
  sku: string,
  netAmount: string,
  invoiceDate = '2027-02-01',
): SalesLine {
  invoice += 1;

  return {
    invoiceNo: `INV${String(invoice)}`,
    lineNo: 1,
    invoiceDate,
    customerCode: customer.code,
    sku,
    quantity: '10',
    netAmount,
    costAmount: null,
    currency: 'CNY',
    paidDate: null,
  };
}

export const quarterSales: SalesLine[] = [
  sale('P100', '200000.00'),
  sale('P200', '123456.78'),
  sale('P100', '-3456.78', '2027-03-10'),
];

export interface StatementOptions {
  program?: Program;
  sales?: SalesLine[];
  asOf?: string;
  closed?: boolean;
  adjustmentsApplied?: StatementAdjustment[];
  adjustmentsLater?: StatementAdjustment[];
}

export function firstResult(
  chosen: Program,
  sales: SalesLine[],
  asOf: string,
): RebateResult {
  const output = calculate({
    programs: [chosen],
    customers: [customer],
    products,
    sales,
    targets: [],
    asOf,
  });
  const result = output.results[0];
  if (result === undefined) throw new Error('no result');

  return result;
}

export function statement(options: StatementOptions = {}): StatementDocument {
  const chosen = options.program ?? program();
  const sales = options.sales ?? quarterSales;
  const asOf = options.asOf ?? '2027-04-05';
  const result = firstResult(chosen, sales, asOf);

  return buildStatementDocument({
    statementNo: 'RS-2027-000001',
    issuedAt: '2027-04-06T09:30:00.000Z',
    issuedBy: 'finance01',
    asOf,
    customer: { code: customer.code, name: customer.name },
    program: chosen,
    programVersion: 1,
    closed: options.closed ?? true,
    result,
    adjustmentsApplied: options.adjustmentsApplied ?? [],
    adjustmentsLater: options.adjustmentsLater ?? [],
    categories: summarizeByCategory({
      program: chosen,
      customer,
      products,
      sales,
      window: result.explanation.window,
      asOf,
    }),
    auditHead: { seq: 42, hash: 'ab12cd34'.repeat(8) },
  });
}
