// Loads one folder of ../shared/examples into a CalculationInput.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseProgram,
  type CalculationInput,
  type CalculateJson,
  type Customer,
  type Product,
  type Program,
  type SalesLine,
  type Target,
} from '../../src/index.js';
import { readCsv } from './csv.js';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
);

export const examplesDir =
  process.env['TIERLINE_EXAMPLES_DIR'] ??
  path.resolve(repoRoot, '../shared/examples');

export function exampleCases(): string[] {
  if (!existsSync(examplesDir)) return [];

  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export interface ExampleCase {
  input: CalculationInput;
  expected: CalculateJson;
}

function readRows(folder: string, file: string): Record<string, string>[] {
  const filePath = path.join(folder, file);

  return existsSync(filePath) ? readCsv(readFileSync(filePath, 'utf8')) : [];
}

function orNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

function field(row: Record<string, string>, name: string): string {
  return row[name] ?? '';
}

function readProgram(folder: string, file: string): Program {
  const parsed = parseProgram(
    readFileSync(path.join(folder, file), 'utf8'),
    file,
  );
  if (!parsed.ok) {
    throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  }

  return parsed.program;
}

export function loadExample(name: string): ExampleCase {
  const folder = path.join(examplesDir, name);
  const caseFile = JSON.parse(
    readFileSync(path.join(folder, 'case.json'), 'utf8'),
  ) as { programs: string[]; as_of: string };

  const customers: Customer[] = readRows(folder, 'customers.csv').map(
    (row) => ({
      code: field(row, 'code'),
      name: field(row, 'name'),
      group: field(row, 'group'),
      region: field(row, 'region'),
      tags: field(row, 'tags')
        .split(';')
        .filter((tag) => tag !== ''),
      salesRep: field(row, 'sales_rep'),
    }),
  );
  const products: Product[] = readRows(folder, 'products.csv').map((row) => ({
    sku: field(row, 'sku'),
    name: field(row, 'name'),
    category: field(row, 'category'),
    brand: field(row, 'brand'),
    unit: field(row, 'unit'),
    listPrice: orNull(row['list_price']),
    vatRate: orNull(row['vat_rate']) ?? '13%',
  }));
  const sales: SalesLine[] = readRows(folder, 'sales.csv').map((row) => ({
    invoiceNo: field(row, 'invoice_no'),
    lineNo: Number.parseInt(field(row, 'line_no'), 10),
    invoiceDate: field(row, 'invoice_date'),
    customerCode: field(row, 'customer_code'),
    sku: field(row, 'sku'),
    quantity: field(row, 'quantity'),
    netAmount: field(row, 'net_amount'),
    costAmount: orNull(row['cost_amount']),
    currency: field(row, 'currency'),
    paidDate: orNull(row['paid_date']),
  }));
  const targets: Target[] = readRows(folder, 'targets.csv').map((row) => ({
    program: field(row, 'program'),
    customerCode: field(row, 'customer_code'),
    periodStart: field(row, 'period_start'),
    target: field(row, 'target'),
  }));

  return {
    input: {
      programs: caseFile.programs.map((file) => readProgram(folder, file)),
      customers,
      products,
      sales,
      targets,
      asOf: caseFile.as_of,
    },
    expected: JSON.parse(
      readFileSync(path.join(folder, 'expected.json'), 'utf8'),
    ) as CalculateJson,
  };
}
