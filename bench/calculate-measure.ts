// The measurements of bench/calculate.ts, each on the same stored data: the
// bare SQL aggregate, COPY into typed columns, a minimal hand-written
// aggregation, the kernel's aggregation, the kernel with the engine's rules
// for every row, and calculateStore end to end.
import {
  calculateColumns,
  toDayNumber,
  type SalesColumns,
} from '@tierline/engine';
import { aggregateLines } from '../engine/src/kernel/aggregate.js';
import { periodFrames } from '../engine/src/calculation/customer-periods.js';
import { planProgram } from '../engine/src/calculation/plan.js';
import { productAttributes } from '../engine/src/kernel/product-attributes.js';
import { layOutPrograms } from '../engine/src/kernel/program-layout.js';
import {
  buildScopeIndex,
  type ScopeIndex,
} from '../engine/src/kernel/scope-index.js';
import { slotLayoutOf } from '../engine/src/kernel/slot-layout.js';
import { uniformScales } from '../engine/src/kernel/units.js';
import {
  planWindows,
  recordWindows,
} from '../engine/src/kernel/window-plan.js';
import { programPeriods } from '../engine/src/periods/program-periods.js';
import { calculateStore } from '../server/src/calculation/calculate-store.js';
import { readSalesColumns } from '../server/src/calculation/sales-copy-reader.js';
import {
  masterData,
  programsInForce,
  storedTargets,
} from '../server/src/calculation/store-inputs.js';
import type { Store } from '../server/src/db/database.js';
import { AS_OF } from './calculate-data.js';

export interface Timed<T> {
  ms: number;
  value: T;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<Timed<T>> {
  const started = performance.now();
  const value = await work();

  return { ms: performance.now() - started, value };
}

/** Net amount per program × customer × quarter over the scope join. */
export const SQL_AGGREGATE = `
  select count(*) as groups, sum(total) as total from (
    select pc.program_id, s.customer_id,
           date_trunc('quarter', s.invoice_date) as quarter,
           sum(s.net_amount) as total
      from sales_lines s
      join bench_program_customers pc on pc.customer_id = s.customer_id
      join bench_program_products pp
        on pp.program_id = pc.program_id and pp.product_id = s.product_id
     group by 1, 2, 3
  ) as grouped`;

export async function sqlAggregate(store: Store): Promise<Timed<string>> {
  return timed(() =>
    store.transaction(async (connection) => {
      const [row] = await connection.query<{ groups: string }>(SQL_AGGREGATE);

      return String(row?.groups ?? '0');
    }),
  );
}

export interface StoreColumns {
  inputs: Awaited<ReturnType<typeof readInputs>>;
  ms: number;
}

async function readInputs(store: Store) {
  return store.transaction(async (connection) => {
    const programs = await programsInForce(connection, AS_OF);
    const master = await masterData(connection);
    const targets = await storedTargets(connection);
    const copy = await timed(() => readSalesColumns(connection, master.ids));

    return { programs, master, targets, sales: copy.value, copyMs: copy.ms };
  });
}

/** COPY TO STDOUT into typed columns, timed apart from the master data. */
export async function copyIntoColumns(store: Store): Promise<StoreColumns> {
  const inputs = await readInputs(store);

  return { inputs, ms: inputs.copyMs };
}

/** The same matches as the kernel, summing net amount per pair × quarter. */
export function minimalAggregation(
  sales: SalesColumns,
  scope: ScopeIndex,
): number {
  const { pairStart, pairProgram, productBits, productWords } = scope;
  const sums = new Float64Array(pairProgram.length * 8);
  const firstDay = toDayNumber('2026-01-01');
  for (let line = 0; line < sales.length; line += 1) {
    const customer = sales.customer[line] ?? 0;
    const product = sales.product[line] ?? 0;
    const word = product >>> 5;
    const bit = 1 << (product & 31);
    const quarter = Math.floor(((sales.invoiceDay[line] ?? 0) - firstDay) / 92);
    const net = sales.netFen[line] ?? 0;
    const end = pairStart[customer + 1] ?? 0;
    for (let pair = pairStart[customer] ?? 0; pair < end; pair += 1) {
      const program = pairProgram[pair] ?? 0;
      if (((productBits[program * productWords + word] ?? 0) & bit) === 0) {
        continue;
      }
      const at = pair * 8 + quarter;
      sums[at] = (sums[at] ?? 0) + net;
    }
  }

  return sums.length;
}

export interface KernelTimes {
  minimalMs: number;
  /** Scope index, window plans and slot layouts: once per calculation. */
  prepareMs: number;
  aggregateMs: number;
  fullMs: number;
  rows: number;
  matchedPairs: number;
}

/** In memory: the minimal aggregation, the kernel's, and the full kernel. */
export async function kernelTimes(columns: StoreColumns): Promise<KernelTimes> {
  const { programs, master, targets, sales } = columns.inputs;
  const { customers, products } = master;

  const prepared = await timed(() => {
    const plans = programs.map(planProgram);
    const windows = plans.map((plan) =>
      planWindows(
        recordWindows(
          plan,
          periodFrames(plan, programPeriods(plan.program, AS_OF), AS_OF),
        ),
      ),
    );
    const attributes = productAttributes(products);
    const scales = uniformScales(sales.scaleBits, sales.hasCost);
    const slots = plans.map((plan) =>
      slotLayoutOf(plan, scales !== null, attributes.unitCount),
    );
    const layout = layOutPrograms(
      plans,
      windows,
      slots,
      sales.currencies,
      AS_OF,
    );
    const scope = buildScopeIndex(programs, customers, products);

    return { attributes, layout, scope };
  });
  const { attributes, layout, scope } = prepared.value;

  const minimal = await timed(() => minimalAggregation(sales, scope));
  const aggregate = await timed(() =>
    aggregateLines(sales, scope, layout, attributes, toDayNumber(AS_OF)),
  );
  const matchedPairs = aggregate.value.hasRow.reduce(
    (sum, has) => sum + has,
    0,
  );

  const full = await timed(() =>
    calculateColumns({
      programs,
      customers,
      products,
      sales,
      targets,
      asOf: AS_OF,
    }),
  );

  return {
    minimalMs: minimal.ms,
    prepareMs: prepared.ms,
    aggregateMs: aggregate.ms,
    fullMs: full.ms,
    rows: full.value.results.length,
    matchedPairs,
  };
}

export async function endToEnd(store: Store): Promise<Timed<number>> {
  return timed(async () => (await calculateStore(store, AS_OF)).results.length);
}
