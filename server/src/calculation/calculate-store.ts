// The fast path over the whole store (issue 3, item 5): every active program
// over every stored line. One read-only snapshot streams the lines with
// COPY into typed columns; the engine's columnar kernel aggregates them and
// runs each row through the engine's own tier math. Measured beside the bare
// SQL aggregate in bench/calculate.ts; held to the reference `calculate` by
// server/test/integration/fast-path.test.ts.
import {
  calculateColumns,
  type CalculationOutput,
  type Program,
} from '@tierline/engine';
import type { Connection, Store } from '../db/database.js';
import { readSalesColumns } from './sales-copy-reader.js';
import { masterData, programsInForce, storedTargets } from './store-inputs.js';

export async function calculateStore(
  store: Store,
  asOf: string,
): Promise<CalculationOutput> {
  return calculateStoreFor(store, asOf, (connection) =>
    programsInForce(connection, asOf),
  );
}

/**
 * The same path for programs the caller picks (e.g. a draft version to
 * preview), read in the same snapshot as the master data and the lines.
 */
export async function calculateStoreFor(
  store: Store,
  asOf: string,
  programsOf: (connection: Connection) => Promise<Program[]>,
): Promise<CalculationOutput> {
  const input = await store.transaction(async (connection) => {
    // One snapshot for programs, master data, targets and lines alike.
    await connection.query(
      'set transaction isolation level repeatable read, read only',
    );
    const programs = await programsOf(connection);
    const master = await masterData(connection);
    const targets = await storedTargets(connection);
    const sales = await readSalesColumns(connection, master.ids);

    return {
      programs,
      customers: master.customers,
      products: master.products,
      sales,
      targets,
    };
  });

  return calculateColumns({ ...input, asOf });
}

/** Customer names by code, for a table that shows them. */
export async function storeCustomerNames(
  store: Store,
): Promise<Map<string, string>> {
  const rows = await store.transaction((connection) =>
    connection.query<{ code: string; name: string }>(
      'select code, name from customers',
    ),
  );

  return new Map(rows.map((row) => [row.code, row.name]));
}
