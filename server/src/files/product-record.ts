// One product of products.csv (DESIGN §4.1), validated.
import type { ColumnSpec } from './columns.js';
import { parsePercent, unitPriceRule } from './fields.js';
import type { RecordReader } from './record-reader.js';

export const productColumns = [
  { name: 'sku', chinese: '产品编码', required: true },
  { name: 'name', chinese: '产品名称', required: true },
  { name: 'category', chinese: '品类', required: true },
  { name: 'brand', chinese: '品牌', required: true },
  { name: 'unit', chinese: '单位', required: true },
  { name: 'list_price', chinese: '单价', required: false },
  { name: 'vat_rate', chinese: '税率', required: false },
] as const satisfies readonly ColumnSpec[];

export type ProductColumn = (typeof productColumns)[number]['name'];

export const DEFAULT_VAT_RATE_PCT = '13';

export interface ProductRecord {
  sku: string;
  name: string;
  category: string;
  brand: string;
  unit: string;
  /** A decimal string with at most 4 decimals, or null when not given. */
  listPrice: string | null;
  /** The VAT rate in percent: "13" for 13%; 13% when the cell is empty. */
  vatRatePct: string;
}

export function readProductRecord(
  reader: RecordReader<ProductColumn>,
): ProductRecord | null {
  const vatRate = reader.text('vat_rate');
  const record: ProductRecord = {
    sku: reader.required('sku'),
    name: reader.required('name'),
    category: reader.text('category'),
    brand: reader.text('brand'),
    unit: reader.text('unit'),
    listPrice: reader.optionalDecimal('list_price', unitPriceRule),
    vatRatePct:
      vatRate === ''
        ? DEFAULT_VAT_RATE_PCT
        : (reader.parse('vat_rate', vatRate, parsePercent) ?? ''),
  };
  return reader.ok ? record : null;
}
