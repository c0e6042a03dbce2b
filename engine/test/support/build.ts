// Small builders for unit tests: a valid program from a few fields, master
// data with known groups, categories and units, and sales lines by default.
import {
  calculate,
  parseProgram,
  toCalculateJson,
  type CalculateJsonResult,
  type CalculationOutput,
  type Customer,
  type Product,
  type Program,
  type SalesLine,
  type Target,
} from '../../src/index.js';

export function program(fields: Record<string, unknown> = {}): Program {
  const parsed = parseProgram(
    JSON.stringify({
      format: 'tierline/program@1',
      code: 'TEST',
      name: 'Test program',
      currency: 'CNY',
      period: { start: '2027-01-01', end: '2027-12-31', settle: 'whole' },
      measure: 'net_amount',
      tiers: [{ from: '100000', rate: '2%' }],
      ...fields,
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

  return parsed.program;
}

export const customers: Customer[] = [
  ['C001', '华东经销商', '华东', ['KA']],
  ['C002', '华东经销商', '华东', []],
  ['C003', '华南经销商', '华南', ['重点']],
].map(([code, group, region, tags]) => ({
  code: String(code),
  name: `Customer ${String(code)}`,
  group: String(group),
  region: String(region),
  tags: Array.isArray(tags) ? tags.map(String) : [],
  salesRep: 'REP1',
}));

export const products: Product[] = [
  ['P1', '饮料', '清泉', '箱'],
  ['P2', '粮油', '金穗', '箱'],
  ['P3', '休闲食品', '乐享', 'kg'],
].map(([sku = '', category = '', brand = '', unit = '']) => ({
  sku,
  name: `Product ${sku}`,
  category,
  brand,
  unit,
  listPrice: null,
  vatRate: '13%',
}));

let invoiceCounter = 0;

export function sale(fields: Partial<SalesLine> = {}): SalesLine {
  invoiceCounter += 1;

  return {
    invoiceNo: `INV${String(invoiceCounter).padStart(5, '0')}`,
    lineNo: 1,
    invoiceDate: '2027-03-01',
    customerCode: 'C001',
    sku: 'P1',
    quantity: '1',
    netAmount: '1000',
    costAmount: null,
    currency: 'CNY',
    paidDate: null,
    ...fields,
  };
}

export interface RunOptions {
  asOf?: string;
  targets?: Target[];
}

export function run(
  programs: Program | Program[],
  sales: SalesLine[],
  options: RunOptions = {},
): CalculationOutput {
  return calculate({
    programs: Array.isArray(programs) ? programs : [programs],
    customers,
    products,
    sales,
    targets: options.targets ?? [],
    asOf: options.asOf ?? '2027-12-31',
  });
}

/** The §4.4 rows of one run, for assertions on printed figures. */
export function rows(
  programs: Program | Program[],
  sales: SalesLine[],
  options: RunOptions = {},
): CalculateJsonResult[] {
  return toCalculateJson(run(programs, sales, options)).results;
}

/** The only row of a run that must produce exactly one. */
export function onlyRow(
  programs: Program | Program[],
  sales: SalesLine[],
  options: RunOptions = {},
): CalculateJsonResult {
  const [row, ...others] = rows(programs, sales, options);
  if (row === undefined || others.length > 0) {
    throw new Error(
      `expected one row, got ${String(others.length + (row ? 1 : 0))}`,
    );
  }

  return row;
}
