import { appendAudit, type AuditContext } from '../audit/append-audit.js';
import type { Store } from '../db/database.js';
import { findProductRow } from './get-product.js';
import { ProductError } from './product-errors.js';
import { productColumns, toProduct, type ProductRow } from './product-row.js';
import {
  productPatchSchema,
  type Product,
  type ProductPatch,
} from './product-schemas.js';

/**
 * Changes the given fields; the sku never changes (facts refer to it).
 * `listPrice: null` clears the list price; leaving it out keeps it.
 */
export async function updateProduct(
  store: Store,
  sku: string,
  patch: ProductPatch,
  context: AuditContext = { actor: 'system' },
): Promise<Product> {
  const changes = productPatchSchema.parse(patch);

  return store.transaction(async (connection) => {
    const before = await findProductRow(connection, sku, true);
    if (!before) throw new ProductError('product_not_found', sku);

    const [row] = await connection.query<ProductRow>(
      `update products set
         name = coalesce($2, name),
         category = coalesce($3, category),
         brand = coalesce($4, brand),
         unit = coalesce($5, unit),
         list_price = case when $6::boolean then $7::numeric
                           else list_price end,
         vat_rate_pct = coalesce($8::numeric, vat_rate_pct),
         updated_at = now()
       where sku = $1
       returning ${productColumns}`,
      [
        sku,
        changes.name ?? null,
        changes.category ?? null,
        changes.brand ?? null,
        changes.unit ?? null,
        changes.listPrice !== undefined,
        changes.listPrice ?? null,
        changes.vatRatePct ?? null,
      ],
    );
    if (!row) throw new ProductError('product_not_found', sku);

    const updated = toProduct(row);
    await appendAudit(connection, context, {
      action: 'product.update',
      entity: 'product',
      entityId: sku,
      before: toProduct(before),
      after: updated,
    });
    return updated;
  });
}
