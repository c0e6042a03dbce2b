import type { Connection, Store } from '../db/database.js';
import { productColumns, toProduct, type ProductRow } from './product-row.js';
import type { Product } from './product-schemas.js';

export async function getProduct(
  store: Store,
  sku: string,
): Promise<Product | null> {
  return store.transaction(async (connection) => {
    const row = await findProductRow(connection, sku);
    return row ? toProduct(row) : null;
  });
}

export async function findProductRow(
  connection: Connection,
  sku: string,
  lock = false,
): Promise<ProductRow | null> {
  const [row] = await connection.query<ProductRow>(
    `select ${productColumns} from products where sku = $1
     ${lock ? 'for update' : ''}`,
    [sku],
  );
  return row ?? null;
}
