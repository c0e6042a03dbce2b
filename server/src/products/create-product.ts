import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Store } from '../db/database.js';
import { ProductError } from './product-errors.js';
import { productColumns, toProduct, type ProductRow } from './product-row.js';
import {
  productInputSchema,
  type Product,
  type ProductInput,
} from './product-schemas.js';

export async function createProduct(
  store: Store,
  input: ProductInput,
  context: AuditContext = { actor: 'system' },
): Promise<Product> {
  const product = productInputSchema.parse(input);

  return store.transaction(async (connection) => {
    const [row] = await connection.query<ProductRow>(
      `insert into products (sku, name, category, brand, unit, list_price,
         vat_rate_pct)
       values ($1, $2, $3, $4, $5, $6::numeric, $7::numeric)
       on conflict (sku) do nothing
       returning ${productColumns}`,
      [
        product.sku,
        product.name,
        product.category,
        product.brand,
        product.unit,
        product.listPrice,
        product.vatRatePct,
      ],
    );
    if (!row) throw new ProductError('product_exists', product.sku);

    const created = toProduct(row);
    await appendAudit(connection, context, {
      action: 'product.create',
      entity: 'product',
      entityId: created.sku,
      after: created,
    });
    return created;
  });
}
