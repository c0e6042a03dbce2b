import type { Product } from './product-schemas.js';

/** The columns of a product, as the use cases' raw SQL selects them. */
export const productColumns = `sku, name, category, brand, unit,
  list_price::text as list_price, vat_rate_pct::text as vat_rate_pct,
  created_at, updated_at`;

export interface ProductRow {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  list_price: string | null;
  vat_rate_pct: string;
  created_at: Date | string;
  updated_at: Date | string;
}

export function toProduct(row: ProductRow): Product {
  return {
    sku: row.sku,
    name: row.name,
    category: row.category,
    brand: row.brand,
    unit: row.unit,
    listPrice: row.list_price === null ? null : withScale(row.list_price, 2),
    vatRatePct: withScale(row.vat_rate_pct, 0),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Drops trailing zeros down to `minScale` decimals: the column keeps four
 * ("12.5000"), a person reads "12.50"; "13.00" percent reads "13".
 */
export function withScale(value: string, minScale: number): string {
  const [whole = '', fraction = ''] = value.split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(minScale, '0');
  return kept ? `${whole}.${kept}` : whole;
}
