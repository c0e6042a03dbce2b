// Loads bench/calculate-data.ts into a fresh store with COPY: customers,
// products, sales lines, active programs with one approved version each,
// targets for the target programs, and (for the bare SQL aggregate only)
// each program's customer and product scope as plain membership tables.
import {
  allProgramPeriods,
  parseProgram,
  type Customer,
  type Product,
  type Program,
} from '@tierline/engine';
import { buildScopeIndex } from '../engine/src/kernel/scope-index.js';
import type { Connection, Store } from '../server/src/db/database.js';
import {
  benchCustomers,
  benchProducts,
  benchLines,
  benchProgramDocuments,
  type BenchLine,
  type BenchShape,
} from './calculate-data.js';

export interface BenchData {
  customers: Customer[];
  products: Product[];
  programs: Program[];
  documents: Record<string, unknown>[];
}

export function benchData(shape: BenchShape): BenchData {
  const documents = benchProgramDocuments(shape);

  return {
    customers: benchCustomers(shape),
    products: benchProducts(shape),
    documents,
    programs: documents.map((document) => {
      const parsed = parseProgram(JSON.stringify(document));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

      return parsed.program;
    }),
  };
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);

  return /[",\n{]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Fen and ten-thousandths as decimal text, without floating point. */
function decimal(units: number, decimals: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');

  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

async function copyRows(
  connection: Connection,
  table: string,
  rows: Iterable<string>,
): Promise<void> {
  async function* chunks() {
    let chunk = '';
    for (const row of rows) {
      chunk += row;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk !== '') yield chunk;
  }

  await connection.copyFrom(
    `copy ${table} from stdin with (format csv)`,
    chunks(),
  );
}

/** The next `count` lines of `lines` as CSV rows. */
function* salesRows(
  lines: Iterator<BenchLine>,
  first: number,
  count: number,
): Generator<string> {
  for (let index = first; index < first + count; index += 1) {
    const next = lines.next();
    if (next.done === true) return;

    const line = next.value;
    yield csvRow([
      1,
      `INV${String(index)}`,
      1,
      line.invoiceDate,
      line.customer + 1,
      line.product + 1,
      decimal(line.quantityUnits, 4),
      decimal(line.netFen, 2),
      line.costFen === null ? null : decimal(line.costFen, 2),
      line.currency,
      line.paidDate,
    ]);
  }
}

async function loadMasterData(connection: Connection, data: BenchData) {
  await copyRows(
    connection,
    'customers (id, code, name, group_name, region, tags, sales_rep)',
    data.customers.map((c, index) =>
      csvRow([
        index + 1,
        c.code,
        c.name,
        c.group,
        c.region,
        `{${c.tags.join(',')}}`,
        c.salesRep,
      ]),
    ),
  );
  await copyRows(
    connection,
    'products (id, sku, name, category, brand, unit)',
    data.products.map((p, index) =>
      csvRow([index + 1, p.sku, p.name, p.category, p.brand, p.unit]),
    ),
  );
  await connection.query(
    `insert into import_batches (id, kind, file_name, sha256, actor, status,
       rows_total, rows_new, rows_duplicate, rows_bad, started_at, finished_at)
     values (1, 'sales', 'bench.csv', repeat('0', 64), 'bench', 'committed',
       0, 0, 0, 0, now(), now())`,
  );
}

/** Programs, their versions, targets and the scope tables of the SQL side. */
async function loadPrograms(connection: Connection, data: BenchData) {
  await copyRows(
    connection,
    'programs (id, code, name, status, created_by)',
    data.programs.map((p, index) =>
      csvRow([index + 1, p.code, p.name, 'active', 'bench']),
    ),
  );
  await copyRows(
    connection,
    'program_versions (program_id, version, status, definition, ' +
      'effective_from, author)',
    data.documents.map((document, index) =>
      csvRow([
        index + 1,
        1,
        'approved',
        JSON.stringify(document),
        data.programs[index]?.period.start ?? '',
        'bench',
      ]),
    ),
  );

  // The kernel's scope index decides membership with the engine's own
  // matchers; the SQL side gets it as two plain tables.
  const scope = buildScopeIndex(data.programs, data.customers, data.products);
  const members = data.programs.map((_, g) =>
    Array.from(
      scope.programPairs.subarray(
        scope.programStart[g] ?? 0,
        scope.programStart[g + 1] ?? 0,
      ),
      (pair) => scope.pairCustomer[pair] ?? 0,
    ),
  );
  await connection.query(
    'create table bench_program_customers (program_id int, customer_id int)',
  );
  await copyRows(
    connection,
    'bench_program_customers',
    members.flatMap((customers, g) =>
      customers.map((c) => csvRow([g + 1, c + 1])),
    ),
  );
  await connection.query(
    'create table bench_program_products (program_id int, product_id int)',
  );
  await copyRows(
    connection,
    'bench_program_products',
    data.programs.flatMap((_, g) =>
      data.products.flatMap((_product, p) => {
        const word = scope.productBits[g * scope.productWords + (p >>> 5)];
        return ((word ?? 0) & (1 << (p & 31))) === 0
          ? []
          : [csvRow([g + 1, p + 1])];
      }),
    ),
  );
  await connection.query(
    'create index on bench_program_customers (customer_id, program_id)',
  );
  await connection.query(
    'create index on bench_program_products (program_id, product_id)',
  );

  // Targets live on agreements: one per target program and member.
  const enrolled = data.programs.flatMap((program, g) =>
    program.measure !== 'target_pct'
      ? []
      : (members[g] ?? []).map((c) => ({ program, customerId: c + 1 })),
  );
  await copyRows(
    connection,
    'agreements (id, program_code, customer_id, period_start, period_end, ' +
      'created_by)',
    enrolled.map(({ program, customerId }, index) =>
      csvRow([
        index + 1,
        program.code,
        customerId,
        program.period.start,
        program.period.end,
        'bench',
      ]),
    ),
  );
  await copyRows(
    connection,
    'targets (agreement_id, program_code, customer_id, period_start, target)',
    enrolled.flatMap(({ program, customerId }, index) =>
      allProgramPeriods(program).map((period) =>
        csvRow([index + 1, program.code, customerId, period.start, '60000.00']),
      ),
    ),
  );
}

/**
 * `sliceLines`: PGlite reads each COPY from one in-memory blob, so its
 * lines go in slices; a server takes them in one stream.
 */
export async function loadBenchStore(
  store: Store,
  shape: BenchShape,
  data: BenchData,
  sliceLines: number,
): Promise<void> {
  await store.transaction(async (connection) => {
    await loadMasterData(connection, data);
    await loadPrograms(connection, data);
  });
  const lines = benchLines(shape);
  for (let first = 0; first < shape.lines; first += sliceLines) {
    await store.transaction((connection) =>
      copyRows(
        connection,
        'sales_lines (batch_id, invoice_no, line_no, invoice_date, ' +
          'customer_id, product_id, quantity, net_amount, cost_amount, ' +
          'currency, paid_date)',
        salesRows(lines, first, sliceLines),
      ),
    );
  }
  await store.transaction(async (connection) => {
    // The rows went in with their ids: later inserts continue after them.
    for (const table of [
      'customers',
      'products',
      'import_batches',
      'programs',
      'program_versions',
      'agreements',
    ]) {
      await connection.query(
        `select setval(pg_get_serial_sequence('${table}', 'id'),
                       coalesce((select max(id) from ${table}), 1))`,
      );
    }
    await connection.query('analyze');
  });
}
