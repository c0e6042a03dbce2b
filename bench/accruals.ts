// Measures the incremental accrual (issue 5, benchmark): a PostgreSQL store
// holding N sales lines, 50,000 customers and 1,000 active programs (the data
// of bench/calculate-data.ts), then, again and again, a 1,000-line sales
// import for 100 customers dated in the open quarter: the lines stored with
// their pending work, the affected program × customer × period rows
// recalculated and the differences booked as vouchers. In the same run, the
// reference: the same 1,000 lines stored and their running aggregates
// upserted in one round trip. Writes the "Incremental accrual" section of
// docs/benchmarks.md. Run on demand, never in tests:
//
//   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/accruals.ts \
//     [--lines 10000000] [--runs 30] [--no-write] [--keep] [--database NAME]
//
// BENCH_DATABASE_URL names a PostgreSQL database allowed to create and drop
// databases (default postgres://postgres@127.0.0.1:5432/postgres).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { refreshAccruals } from '../server/src/accruals/refresh-accruals.js';
import { openStore, type Store } from '../server/src/db/database.js';
import { runImport } from '../server/src/imports/run-import.js';
import { createPrng } from '../server/src/demo/prng.js';
import { AS_OF, customerCode, type BenchShape } from './calculate-data.js';
import { benchData, loadBenchStore } from './calculate-load.js';
import { writeSection } from './calculate-report.js';
import { benchDatabase } from './bench-database.js';

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const shape: BenchShape = {
  lines: Number(argValue('--lines') ?? 10_000_000),
  programs: 1_000,
  customers: 50_000,
  products: 2_000,
};
const runs = Math.max(5, Number(argValue('--runs') ?? 30));
const WARM_UP = 3;
const CUSTOMERS_PER_IMPORT = 100;
const LINES_PER_CUSTOMER = 10;
// The open quarter of AS_OF (2027-11-15): October 1st up to the as-of date.
const OPEN_QUARTER_DAYS = 46;

interface ImportLine {
  invoiceNo: string;
  date: string;
  customer: string;
  sku: string;
  quantity: string;
  amount: string;
}

/** 1,000 new lines of 100 customers, none of them seen before. */
function importLines(run: number): ImportLine[] {
  const prng = createPrng(1_000 + run);
  const customers = new Set<number>();
  while (customers.size < CUSTOMERS_PER_IMPORT) {
    customers.add(prng.int(0, shape.customers - 1));
  }
  const start = Date.parse('2027-10-01T00:00:00Z');

  return [...customers].flatMap((customer) =>
    Array.from({ length: LINES_PER_CUSTOMER }, (_, n) => {
      const units = prng.int(1, 200);
      const fen = units * prng.int(500, 30_000);
      return {
        invoiceNo: `INC-${String(run)}-${customerCode(customer)}-${String(n)}`,
        date: new Date(start + prng.int(0, OPEN_QUARTER_DAYS - 1) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        customer: customerCode(customer),
        sku: `P${String(prng.int(0, shape.products - 1)).padStart(5, '0')}`,
        quantity: String(units),
        amount: `${String(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`,
      };
    }),
  );
}

function salesCsv(lines: readonly ImportLine[]): string {
  return [
    'invoice_no,line_no,invoice_date,customer_code,sku,quantity,net_amount,cost_amount,currency,paid_date',
    ...lines.map((line) =>
      [
        line.invoiceNo,
        '1',
        line.date,
        line.customer,
        line.sku,
        line.quantity,
        line.amount,
        '',
        'CNY',
        '',
      ].join(','),
    ),
  ].join('\n');
}

interface Run {
  importMs: number;
  refreshMs: number;
  totalMs: number;
  recalculated: number;
  vouchers: number;
  referenceMs: number;
}

async function measureRun(store: Store, run: number): Promise<Run> {
  const lines = importLines(run);
  const started = performance.now();
  const report = await runImport(store, {
    kind: 'sales',
    fileName: `incremental-${String(run)}.csv`,
    source: Readable.from([Buffer.from(salesCsv(lines))]),
    actor: 'bench',
    refreshAccruals: false,
  });
  const imported = performance.now();
  if (report.status !== 'committed' || report.rows.new !== lines.length) {
    throw new Error(
      `the import was rejected: ${JSON.stringify(report.badRows.slice(0, 3))}`,
    );
  }
  const refresh = await refreshAccruals(store, {
    asOf: AS_OF,
    audit: { actor: 'bench' },
  });
  const done = performance.now();

  return {
    importMs: imported - started,
    refreshMs: done - imported,
    totalMs: done - started,
    recalculated: Object.values(refresh.recalculated).reduce(
      (sum, n) => sum + n,
      0,
    ),
    vouchers: refresh.vouchers.length,
    referenceMs: await reference(store, lines, run),
  };
}

/**
 * The reference: the 1,000 lines inserted into a copy of `sales_lines` (its
 * keys and indexes included) and their month totals per customer upserted,
 * in one statement.
 */
async function reference(
  store: Store,
  lines: readonly ImportLine[],
  run: number,
): Promise<number> {
  const started = performance.now();
  await store.transaction((connection) =>
    connection.query(
      `with incoming as (
         select * from unnest($1::text[], $2::date[], $3::text[], $4::text[],
                              $5::numeric[], $6::numeric[])
                  as l(invoice_no, invoice_date, customer, sku, quantity,
                       net_amount)
       ), stored as (
         insert into bench_reference_lines
           (batch_id, invoice_no, line_no, invoice_date, customer_id,
            product_id, quantity, net_amount, currency)
         select $7, l.invoice_no, 1, l.invoice_date, c.id, p.id, l.quantity,
                l.net_amount, 'CNY'
           from incoming l
           join customers c on c.code = l.customer
           join products p on p.sku = l.sku
         returning customer_id, invoice_date, net_amount
       )
       insert into bench_reference_months (customer_id, month, net_amount)
       select customer_id, date_trunc('month', invoice_date)::date,
              sum(net_amount)
         from stored group by 1, 2
       on conflict (customer_id, month)
       do update set net_amount =
         bench_reference_months.net_amount + excluded.net_amount`,
      [
        lines.map((line) => line.invoiceNo),
        lines.map((line) => line.date),
        lines.map((line) => line.customer),
        lines.map((line) => line.sku),
        lines.map((line) => line.quantity),
        lines.map((line) => line.amount),
        run,
      ],
    ),
  );
  return performance.now() - started;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, at)] ?? 0;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const seconds = (value: number): string => `${(value / 1000).toFixed(1)} s`;

function section(
  measured: readonly Run[],
  loadMs: number,
  loadBefore: number[],
  loadAfter: number[],
  postgresVersion: string,
): string {
  const column = (pick: (run: Run) => number) => measured.map(pick);
  const row = (what: string, values: number[]) =>
    `| ${what} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} | ${ms(Math.max(...values))} |`;
  const total = column((run) => run.totalMs);
  const referenceTimes = column((run) => run.referenceMs);
  const rows = column((run) => run.recalculated);
  const ratio = percentile(total, 95) / percentile(referenceTimes, 95);
  const load = (values: number[]) => values.map((n) => n.toFixed(1)).join(' ');

  return [
    `Measured by \`bench/accruals.ts\` on ${new Date().toISOString().slice(0, 10)}:`,
    `${String(os.cpus().length)} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}, ${postgresVersion}.`,
    `Load average ${load(loadBefore)} before the run and ${load(loadAfter)} after it` +
      (loadBefore[0] !== undefined && loadBefore[0] > 1.5
        ? ' (the machine was shared; every figure is wall-clock time under that load).'
        : '.'),
    '',
    `The store: ${shape.lines.toLocaleString('en')} sales lines, ` +
      `${shape.customers.toLocaleString('en')} customers, ` +
      `${shape.programs.toLocaleString('en')} active programs (the data of ` +
      '`bench/calculate.ts`), loaded with COPY in ' +
      `${seconds(loadMs)}. Each measured step imports 1,000 new lines of 100 ` +
      `customers dated in the open quarter (as of ${AS_OF}) through the real ` +
      'import, then refreshes the accruals: the affected program × customer × ' +
      'period rows are recalculated and the differences booked as vouchers. ' +
      `${String(measured.length)} steps after ${String(WARM_UP)} not counted.`,
    '',
    '| what | p50 | p95 | max |',
    '|---|---|---|---|',
    row(
      'import: lines stored, pending work recorded',
      column((run) => run.importMs),
    ),
    row(
      'refresh: affected rows recalculated, journal booked',
      column((run) => run.refreshMs),
    ),
    row('**both**', total),
    row(
      'reference: the lines stored and their month totals upserted, one statement',
      referenceTimes,
    ),
    '',
    `Rows recalculated per step: ${String(Math.min(...rows))} to ` +
      `${String(Math.max(...rows))} (median ${String(percentile(rows, 50))}), ` +
      `in ${String(
        percentile(
          column((run) => run.vouchers),
          50,
        ),
      )} vouchers (median).`,
    `At p95 the incremental accrual takes ${ratio.toFixed(1)}× the reference. ` +
      `Aim: ≤ 50 ms at p95 — ${percentile(total, 95) <= 50 ? 'met' : 'not met'}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  // --database NAME reuses a store an earlier run kept with --keep.
  const reused = argValue('--database');
  const database = await benchDatabase(reused);
  const { name } = database;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-bench-'));
  let store: Store | null = null;

  try {
    store = await openStore(
      { databaseUrl: database.url, dataDir },
      { command: 'bench' },
    );
    const opened = store;
    const loadStarted = performance.now();
    if (reused === undefined) {
      console.log(`loading ${String(shape.lines)} lines into ${name} ...`);
      await loadBenchStore(opened, shape, benchData(shape), shape.lines);
    }
    const loadMs = performance.now() - loadStarted;
    console.log(`loaded in ${seconds(loadMs)}`);
    const [version] = await opened.transaction(async (connection) => {
      await connection.query(
        'create table if not exists bench_reference_lines (like sales_lines including all)',
      );
      await connection.query(
        `create table if not exists bench_reference_months (customer_id int, month date,
           net_amount numeric, primary key (customer_id, month))`,
      );
      return connection.query<{ version: string }>(
        "select split_part(version(), ' on ', 1) as version",
      );
    });

    // Each step's lines are new, also in a store kept from an earlier run.
    const [batches] = await opened.transaction((connection) =>
      connection.query<{ n: number }>(
        'select count(*)::int as n from import_batches',
      ),
    );
    const firstStep = batches?.n ?? 0;
    const measured: Run[] = [];
    for (let run = 0; run < runs + WARM_UP; run += 1) {
      const result = await measureRun(opened, firstStep + run);
      console.log(
        `step ${String(run)}: import ${ms(result.importMs)}, refresh ` +
          `${ms(result.refreshMs)} (${String(result.recalculated)} rows, ` +
          `${String(result.vouchers)} vouchers), reference ${ms(result.referenceMs)}`,
      );
      if (run >= WARM_UP) measured.push(result);
    }

    const text = section(
      measured,
      loadMs,
      loadBefore,
      os.loadavg(),
      version?.version ?? 'PostgreSQL',
    );
    console.log(`\n${text}`);
    if (!process.argv.includes('--no-write')) {
      writeSection('docs/benchmarks.md', 'Incremental accrual', text);
      console.log('written to docs/benchmarks.md');
    }
  } finally {
    await store?.close();
    if (process.argv.includes('--keep')) console.log(`kept ${name}`);
    else await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
