// The engine's figures for the stale rows only: the lines of the affected
// customers stream from the store into the kernel's columns, and the kernel
// computes each program under the version governing each period. A
// customer's figures depend on its own lines alone, so they equal those of a
// full recalculation.
import {
  calculateColumns,
  type Customer,
  type Program,
  type RebateResult,
  type SalesColumns,
  type Target,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';
import { SalesCopyParser } from '../calculation/sales-copy-reader.js';
import type { MasterData } from '../calculation/store-inputs.js';
import type { AffectedProgram } from './affected-keys.js';

/** A stale row: program × customer id × period start. */
export interface StaleKey {
  programCode: string;
  customerId: number;
  periodStart: string;
}

export interface ComputedFigures {
  /** Fresh results of stale rows, keyed by `keyOf`. */
  results: Map<
    string,
    { key: StaleKey; version: number; result: RebateResult }
  >;
  /** Whether a row is stale. */
  isStale(key: StaleKey): boolean;
}

export function keyOf(key: StaleKey): string {
  return `${key.programCode}\u0000${String(key.customerId)}\u0000${key.periodStart}`;
}

export async function computeFigures(
  connection: Connection,
  affected: readonly AffectedProgram[],
  master: MasterData,
  targets: readonly Target[],
  asOf: string,
): Promise<ComputedFigures> {
  const everyone = affected.some((item) => item.everyCustomer.size > 0);
  const customerIds = everyone
    ? null
    : [...new Set(affected.flatMap((item) => [...item.byCustomer.keys()]))];
  const subset = customerSubset(master, customerIds);
  const sales = await readCustomerLines(
    connection,
    subset,
    master.ids.product,
    customerIds,
  );

  const isStale = (key: StaleKey) => {
    const item = affected.find((one) => one.program.code === key.programCode);
    if (item === undefined) return false;
    return (
      item.everyCustomer.has(key.periodStart) ||
      (item.byCustomer.get(key.customerId)?.has(key.periodStart) ?? false)
    );
  };

  const results: ComputedFigures['results'] = new Map();
  for (const round of versionRounds(affected)) {
    const output = calculateColumns({
      programs: round.map((entry) => entry.program),
      customers: subset.customers,
      products: master.products,
      sales,
      targets,
      asOf,
    });
    for (const result of output.results) {
      const customerId = subset.idOf.get(result.customerCode);
      const version = governing(affected, result);
      if (customerId === undefined || version === null) continue;

      const key = {
        programCode: result.programCode,
        customerId,
        periodStart: result.period.start,
      };
      if (!isStale(key) || !round.some((entry) => entry.version === version)) {
        continue;
      }
      results.set(keyOf(key), { key, version, result });
    }
  }

  return { results, isStale };
}

/** The version governing a result's period, null when none does. */
function governing(
  affected: readonly AffectedProgram[],
  result: RebateResult,
): number | null {
  const item = affected.find((one) => one.program.code === result.programCode);
  const period = item?.program.started.find(
    (one) => one.start === result.period.start,
  );
  return period?.version ?? null;
}

/**
 * Each program once per version governing a stale period, in rounds with
 * one version of each program, since results are keyed by program code.
 */
function versionRounds(
  affected: readonly AffectedProgram[],
): { version: number; program: Program }[][] {
  const perProgram = affected.map((item) => {
    const versions = new Map<number, Program>();
    for (const period of item.program.started) {
      versions.set(period.version, period.program);
    }
    return [...versions].map(([version, program]) => ({ version, program }));
  });
  const rounds = Math.max(0, ...perProgram.map((versions) => versions.length));

  return Array.from({ length: rounds }, (_, index) =>
    perProgram.flatMap((versions) => {
      const entry = versions[index];
      return entry === undefined ? [] : [entry];
    }),
  );
}

interface CustomerSubset {
  customers: Customer[];
  /** Store id → position in `customers`; −1 elsewhere. */
  index: Int32Array;
  idOf: Map<string, number>;
}

function customerSubset(
  master: MasterData,
  customerIds: readonly number[] | null,
): CustomerSubset {
  const all = master.ids.customer;
  const ids =
    customerIds ?? Array.from(all.keys()).filter((id) => (all[id] ?? -1) >= 0);
  const index = new Int32Array(all.length).fill(-1);
  const customers: Customer[] = [];
  const idOf = new Map<string, number>();

  for (const id of ids) {
    const customer = master.customers[all[id] ?? -1];
    if (customer === undefined) continue;
    index[id] = customers.length;
    customers.push(customer);
    idOf.set(customer.code, id);
  }
  return { customers, index, idOf };
}

async function readCustomerLines(
  connection: Connection,
  subset: CustomerSubset,
  productIndex: Int32Array,
  customerIds: readonly number[] | null,
): Promise<SalesColumns> {
  // COPY takes no parameters; the ids are integers read from the store.
  const listed = (customerIds ?? []).map((id) => String(Math.trunc(id)));
  const filter =
    customerIds === null
      ? ''
      : `where customer_id in (${listed.join(', ') || 'null'})`;
  const parser = new SalesCopyParser({
    customer: subset.index,
    product: productIndex,
  });
  const copy = `copy (
    select customer_id, product_id,
           invoice_date - date '1970-01-01',
           paid_date - date '1970-01-01',
           net_amount, cost_amount, quantity, currency
      from sales_lines ${filter}
  ) to stdout`;

  for await (const chunk of connection.copyTo(copy)) parser.push(chunk);
  return parser.finish();
}
