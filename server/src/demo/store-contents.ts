import type { Store } from '../db/database.js';

export interface StoreContents {
  customers: number;
  products: number;
  salesLines: number;
  programs: number;
}

export async function readStoreContents(store: Store): Promise<StoreContents> {
  const rows = await store.transaction((connection) =>
    connection.query<StoreContents>(
      `select (select count(*) from customers)::int as "customers",
              (select count(*) from products)::int as "products",
              (select count(*) from sales_lines)::int as "salesLines",
              (select count(*) from programs)::int as "programs"`,
    ),
  );
  return rows[0] ?? { customers: 0, products: 0, salesLines: 0, programs: 0 };
}

/** True when the store holds no customers, products, sales or programs. */
export async function isEmptyStore(store: Store): Promise<boolean> {
  // Existence only: counting two years of sales lines would slow every start.
  const rows = await store.transaction((connection) =>
    connection.query<{ empty: boolean }>(
      `select not exists (select 1 from customers)
          and not exists (select 1 from products)
          and not exists (select 1 from sales_lines)
          and not exists (select 1 from programs) as "empty"`,
    ),
  );
  return rows[0]?.empty === true;
}

/** "300 customers, 400 products, 0 sales lines, 0 programs" */
export function describeContents(contents: StoreContents): string {
  return [
    `${contents.customers} customers`,
    `${contents.products} products`,
    `${contents.salesLines} sales lines`,
    `${contents.programs} programs`,
  ].join(', ');
}

/**
 * True when a demo load stopped part way: some of its imports are stored but
 * its programs, the last step, are not.
 */
export async function isDemoIncomplete(
  store: Store,
  actor: string,
): Promise<boolean> {
  const rows = await store.transaction((connection) =>
    connection.query<{ batches: number; programs: number }>(
      `select (select count(*) from import_batches
                where actor = $1 and status = 'committed')::int as "batches",
              (select count(*) from programs where created_by = $1)::int
                as "programs"`,
      [actor],
    ),
  );
  const row = rows[0];
  return row !== undefined && row.batches > 0 && row.programs === 0;
}
