// Many random calculation cases in one store: each case's codes carry their
// own prefix, all share one as-of date, and the batch is one calculation
// input (programs of one case may reach customers of another, which the
// reference sees just the same). Written straight into the tables.
import fc from 'fast-check';
import type { CalculationInput } from '@tierline/engine';
import type { Connection, Store } from '../../../src/db/database.js';
import {
  caseDays,
  randomCase,
  type CaseDays,
  type RandomCase,
} from '../../../../engine/test/support/random-case.js';

export interface StoreBatch {
  cases: RandomCase[];
  input: CalculationInput;
}

/**
 * A case drawn after a throwaway number: fc.gen() draws lazily from a copy
 * of the random source, so cases side by side in a tuple would otherwise
 * all be the same case.
 */
function distinctCase(index: number, days: CaseDays) {
  return fc
    .tuple(
      fc.integer(),
      randomCase({ prefix: `K${String(index)}-`, unknownCodes: false, days }),
    )
    .map(([, drawn]) => drawn);
}

export function randomStoreBatch(size: number): fc.Arbitrary<StoreBatch> {
  return caseDays.chain((days) =>
    fc
      .tuple(
        ...Array.from({ length: size }, (_, index) =>
          distinctCase(index, days),
        ),
      )
      .map((cases) => ({
        cases,
        input: {
          programs: cases.flatMap((one) => one.input.programs),
          customers: cases.flatMap((one) => one.input.customers),
          products: cases.flatMap((one) => one.input.products),
          sales: cases.flatMap((one) => one.input.sales),
          targets: cases.flatMap((one) => one.input.targets),
          asOf: cases[0]?.input.asOf ?? '2027-01-01',
        },
      })),
  );
}

const TABLES =
  'sales_lines, targets, agreement_documents, agreements, ' +
  'program_versions, programs, customers, products, import_batches';

async function storeMasterData(
  connection: Connection,
  input: CalculationInput,
): Promise<Map<string, number>> {
  const customers = await connection.query<{ id: number; code: string }>(
    `insert into customers (code, name, group_name, region, tags, sales_rep)
     select code, name, group_name, region,
            case when tags = '' then '{}'::text[]
                 else string_to_array(tags, ';') end,
            sales_rep
       from unnest($1::text[], $2::text[], $3::text[], $4::text[],
                   $5::text[], $6::text[])
         as c(code, name, group_name, region, tags, sales_rep)
     returning id, code`,
    [
      input.customers.map((c) => c.code),
      input.customers.map((c) => c.name),
      input.customers.map((c) => c.group),
      input.customers.map((c) => c.region),
      input.customers.map((c) => c.tags.join(';')),
      input.customers.map((c) => c.salesRep),
    ],
  );
  await connection.query(
    `insert into products (sku, name, category, brand, unit)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[],
                          $5::text[])`,
    [
      input.products.map((p) => p.sku),
      input.products.map((p) => p.name),
      input.products.map((p) => p.category),
      input.products.map((p) => p.brand),
      input.products.map((p) => p.unit),
    ],
  );

  return new Map(customers.map((row) => [row.code, row.id]));
}

async function storeSales(connection: Connection, input: CalculationInput) {
  const [batch] = await connection.query<{ id: number }>(
    `insert into import_batches (kind, file_name, sha256, actor, status,
       rows_total, rows_new, rows_duplicate, rows_bad, started_at, finished_at)
     values ('sales', 'random.csv', repeat('0', 64), 'test', 'committed',
       $1, $1, 0, 0, now(), now())
     returning id`,
    [input.sales.length],
  );
  const { sales } = input;
  await connection.query(
    `insert into sales_lines (batch_id, invoice_no, line_no, invoice_date,
       customer_id, product_id, quantity, net_amount, cost_amount, currency,
       paid_date)
     select $1, s.invoice_no, s.line_no, s.invoice_date, c.id, p.id,
            s.quantity, s.net_amount, s.cost_amount, s.currency, s.paid_date
       from unnest($2::text[], $3::int[], $4::date[], $5::text[], $6::text[],
                   $7::numeric[], $8::numeric[], $9::numeric[], $10::text[],
                   $11::date[])
         as s(invoice_no, line_no, invoice_date, customer_code, sku,
              quantity, net_amount, cost_amount, currency, paid_date)
       join customers c on c.code = s.customer_code
       join products p on p.sku = s.sku`,
    [
      batch?.id ?? 0,
      sales.map((s) => s.invoiceNo),
      sales.map((s) => s.lineNo),
      sales.map((s) => s.invoiceDate),
      sales.map((s) => s.customerCode),
      sales.map((s) => s.sku),
      sales.map((s) => s.quantity),
      sales.map((s) => s.netAmount),
      sales.map((s) => s.costAmount),
      sales.map((s) => (s.currency === '' ? 'CNY' : s.currency)),
      sales.map((s) => s.paidDate),
    ],
  );
}

/** Each program active, its one approved version in force from its start. */
async function storePrograms(connection: Connection, batch: StoreBatch) {
  const documents = batch.cases.flatMap((one) => one.documents);
  const programs = batch.cases.flatMap((one) => one.input.programs);
  const rows = await connection.query<{ id: number; code: string }>(
    `insert into programs (code, name, status, created_by)
     select code, name, 'active', 'test'
       from unnest($1::text[], $2::text[]) as p(code, name)
     returning id, code`,
    [programs.map((p) => p.code), programs.map((p) => p.name)],
  );
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  await connection.query(
    `insert into program_versions (program_id, version, status, definition,
       effective_from, author)
     select id, 1, 'approved', definition, effective_from, 'test'
       from unnest($1::int[], $2::jsonb[], $3::date[])
         as v(id, definition, effective_from)`,
    [
      programs.map((p) => ids.get(p.code) ?? 0),
      documents.map((document) => JSON.stringify(document)),
      programs.map((p) => p.period.start),
    ],
  );
}

/** Each target on a draft agreement of its program and customer. */
async function storeTargets(
  connection: Connection,
  input: CalculationInput,
  customerIds: ReadonlyMap<string, number>,
) {
  await connection.query(
    `insert into agreements (program_code, customer_id, period_start,
       period_end, created_by)
     select distinct t.program_code, t.customer_id,
            (v.definition->'period'->>'start')::date,
            (v.definition->'period'->>'end')::date, 'test'
       from unnest($1::text[], $2::int[]) as t(program_code, customer_id)
       join programs p on p.code = t.program_code
       join program_versions v on v.program_id = p.id`,
    [
      input.targets.map((t) => t.program),
      input.targets.map((t) => customerIds.get(t.customerCode) ?? 0),
    ],
  );
  await connection.query(
    `insert into targets (agreement_id, program_code, customer_id,
       period_start, target)
     select a.id, t.program_code, t.customer_id, t.period_start, t.target
       from unnest($1::text[], $2::int[], $3::date[], $4::numeric[])
         as t(program_code, customer_id, period_start, target)
       join agreements a on a.program_code = t.program_code
        and a.customer_id = t.customer_id`,
    [
      input.targets.map((t) => t.program),
      input.targets.map((t) => customerIds.get(t.customerCode) ?? 0),
      input.targets.map((t) => t.periodStart),
      input.targets.map((t) => t.target),
    ],
  );
}

/** Empties the store's calculation tables and writes the batch. */
export async function writeStoreBatch(
  store: Store,
  batch: StoreBatch,
): Promise<void> {
  await store.transaction(async (connection) => {
    await connection.query(`truncate ${TABLES} restart identity cascade`);
    const customerIds = await storeMasterData(connection, batch.input);
    await storeSales(connection, batch.input);
    await storePrograms(connection, batch);
    await storeTargets(connection, batch.input, customerIds);
  });
}
