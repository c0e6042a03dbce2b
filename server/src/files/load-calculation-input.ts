// The files of `tierline calculate` (DESIGN §4.1, §4.4) read into the
// engine's input shapes, with the same row validation as an import: every
// problem is listed with its file, row and column, and nothing is returned
// unless all files are clean.
import type {
  Customer,
  Product,
  Program,
  SalesLine,
  Target,
} from '@tierline/engine';
import { periodStartsOf } from '../targets/program-period-starts.js';
import { sortBadRows, type BadRow } from './bad-row.js';
import {
  customerColumns,
  readCustomerRecord,
  type CustomerRecord,
} from './customer-record.js';
import { decimalKey } from './fields.js';
import {
  productColumns,
  readProductRecord,
  type ProductRecord,
} from './product-record.js';
import { readFileRecords, type FileRecord } from './read-file-records.js';
import {
  readSalesRecord,
  salesColumns,
  type SalesRecord,
} from './sales-record.js';
import { readTargetRecord, targetColumns } from './target-record.js';

export interface CalculationFiles {
  customers: string;
  products: string;
  sales: string;
  targets?: string | null;
}

export interface CalculationData {
  customers: Customer[];
  products: Product[];
  sales: SalesLine[];
  targets: Target[];
}

/** A problem in one of the files. */
export interface FileProblem extends BadRow {
  file: string;
}

export type LoadCalculationResult =
  { ok: true; data: CalculationData } | { ok: false; problems: FileProblem[] };

/**
 * Reads the files. With `programs`, a target must name one of them and
 * start one of its periods; without, targets' programs go unchecked.
 */
export async function loadCalculationInput(
  files: CalculationFiles,
  programs?: readonly Program[],
): Promise<LoadCalculationResult> {
  const problems: FileProblem[] = [];
  const collect = (file: string, found: readonly BadRow[]) =>
    sortBadRows([...found]).forEach((problem) =>
      problems.push({ file, ...problem }),
    );

  const customerFile = await readFileRecords(
    files.customers,
    customerColumns,
    readCustomerRecord,
  );
  const customers = unique(
    customerFile.records,
    (c) => c.code,
    sameCustomer,
    (c) => `customer ${c.code}`,
  );
  collect(files.customers, [...customerFile.problems, ...customers.problems]);

  const productFile = await readFileRecords(
    files.products,
    productColumns,
    readProductRecord,
  );
  const products = unique(
    productFile.records,
    (p) => p.sku,
    sameProduct,
    (p) => `product ${p.sku}`,
  );
  collect(files.products, [...productFile.problems, ...products.problems]);

  // Codes are checked against a master file only when it could be read:
  // otherwise every line would repeat that file's one problem.
  const hasCustomer = knownIn(
    customerFile.problems,
    customers.values.map((c) => c.code),
  );
  const hasProduct = knownIn(
    productFile.problems,
    products.values.map((p) => p.sku),
  );
  const salesFile = await readFileRecords(files.sales, salesColumns, (reader) =>
    readSalesRecord(reader, { hasCustomer, hasProduct }),
  );
  const sales = unique(
    salesFile.records,
    (line) => `${line.invoiceNo}\u0000${line.lineNo}`,
    sameSalesLine,
    (line) => `invoice ${line.invoiceNo} line ${line.lineNo}`,
  );
  collect(files.sales, [...salesFile.problems, ...sales.problems]);

  const targets = files.targets
    ? await loadTargets(files.targets, hasCustomer, programs)
    : { values: [], problems: [] };
  if (files.targets) collect(files.targets, targets.problems);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    data: {
      customers: customers.values,
      products: products.values.map(toProduct),
      sales: sales.values,
      targets: targets.values,
    },
  };
}

const FILE_PROBLEMS = new Set([
  'unreadable_file',
  'bad_file',
  'missing_column',
  'duplicate_column',
]);

function knownIn(
  fileProblems: readonly BadRow[],
  codes: readonly string[],
): (code: string) => boolean {
  if (fileProblems.some((problem) => FILE_PROBLEMS.has(problem.code))) {
    return () => true;
  }
  const known = new Set(codes);
  return (code) => known.has(code);
}

async function loadTargets(
  file: string,
  hasCustomer: (code: string) => boolean,
  programs: readonly Program[] | undefined,
): Promise<Unique<Target>> {
  const starts = new Map(
    (programs ?? []).map((program) => [program.code, periodStartsOf(program)]),
  );
  const targetFile = await readFileRecords(file, targetColumns, (reader) =>
    readTargetRecord(reader, {
      hasCustomer,
      hasProgram: (code) => programs === undefined || starts.has(code),
      periodStarts: (code) => starts.get(code) ?? null,
    }),
  );
  const targets = unique(
    targetFile.records,
    (t) => `${t.program}\u0000${t.customerCode}\u0000${t.periodStart}`,
    (a, b) => decimalKey(a.target) === decimalKey(b.target),
    (t) =>
      `the target of ${t.customerCode} in ${t.program} from ${t.periodStart}`,
  );
  return {
    values: targets.values,
    problems: [...targetFile.problems, ...targets.problems],
  };
}

interface Unique<Value> {
  values: Value[];
  problems: BadRow[];
}

/**
 * One value per key: a repeat with the same content is dropped, one with
 * other content is a `duplicate_in_file` problem (DESIGN §4.1).
 */
function unique<Value>(
  records: readonly FileRecord<Value>[],
  keyOf: (value: Value) => string,
  same: (a: Value, b: Value) => boolean,
  describe: (value: Value) => string,
): Unique<Value> {
  const firsts = new Map<string, FileRecord<Value>>();
  const values: Value[] = [];
  const problems: BadRow[] = [];

  for (const record of records) {
    const key = keyOf(record.value);
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, record);
      values.push(record.value);
    } else if (!same(first.value, record.value)) {
      problems.push({
        row: record.row,
        column: null,
        code: 'duplicate_in_file',
        message: `${describe(record.value)} is also in row ${first.row} with other values`,
      });
    }
  }
  return { values, problems };
}

function sameCustomer(a: CustomerRecord, b: CustomerRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameProduct(a: ProductRecord, b: ProductRecord): boolean {
  return (
    JSON.stringify({ ...a, listPrice: null, vatRatePct: '' }) ===
      JSON.stringify({ ...b, listPrice: null, vatRatePct: '' }) &&
    decimalKey(a.listPrice ?? '') === decimalKey(b.listPrice ?? '') &&
    decimalKey(a.vatRatePct) === decimalKey(b.vatRatePct)
  );
}

function sameSalesLine(a: SalesRecord, b: SalesRecord): boolean {
  const amounts = (line: SalesRecord) =>
    [line.quantity, line.netAmount, line.costAmount ?? ''].map(decimalKey);
  return (
    a.invoiceDate === b.invoiceDate &&
    a.customerCode === b.customerCode &&
    a.sku === b.sku &&
    a.currency === b.currency &&
    a.paidDate === b.paidDate &&
    amounts(a).join() === amounts(b).join()
  );
}

function toProduct(record: ProductRecord): Product {
  const { vatRatePct, ...rest } = record;
  return { ...rest, vatRate: `${vatRatePct}%` };
}
