import type { Store } from '../db/database.js';
import { likePattern, SqlFilter } from '../db/sql-filter.js';
import { productColumns, toProduct, type ProductRow } from './product-row.js';
import type { Product } from './product-schemas.js';

export interface ProductListQuery {
  /** Part of the sku or the name. */
  q?: string;
  category?: string;
  brand?: string;
  limit?: number;
  offset?: number;
}

/** Products matching every given filter, by sku. */
export async function listProducts(
  store: Store,
  query: ProductListQuery,
): Promise<{ items: Product[]; total: number }> {
  const filter = new SqlFilter();
  if (query.q) {
    const pattern = filter.param(likePattern(query.q));
    filter.where(`(sku ilike ${pattern} or name ilike ${pattern})`);
  }
  if (query.category) {
    filter.where(`category = ${filter.param(query.category)}`);
  }
  if (query.brand) filter.where(`brand = ${filter.param(query.brand)}`);

  return store.transaction(async (connection) => {
    const rows = await connection.query<ProductRow>(
      `select ${productColumns} from products ${filter.clause()}
        order by sku ${filter.page(query)}`,
      filter.params,
    );
    const [counted] = await connection.query<{ total: number }>(
      `select count(*)::int as total from products ${filter.clause()}`,
      filter.params,
    );
    return { items: rows.map(toProduct), total: counted?.total ?? 0 };
  });
}
