// products.csv into products (DESIGN §4.1), upserted by sku.
import {
  productColumns,
  readProductRecord,
  type ProductColumn,
  type ProductRecord,
} from '../files/product-record.js';
import { copyNullable, copyText } from './copy-text.js';
import { masterDataPlan } from './master-data-plan.js';

const PRODUCTS_LOCK = 7_201_104;

export const productsImportPlan = masterDataPlan<ProductColumn, ProductRecord>({
  staging: {
    target: 'products',
    key: [{ name: 'sku', type: 'text', fileColumn: 'sku' }],
    content: [
      { name: 'name', type: 'text', fileColumn: 'name' },
      { name: 'category', type: 'text', fileColumn: 'category' },
      { name: 'brand', type: 'text', fileColumn: 'brand' },
      { name: 'unit', type: 'text', fileColumn: 'unit' },
      { name: 'list_price', type: 'numeric(18,4)', fileColumn: 'list_price' },
      {
        name: 'vat_rate_pct',
        type: 'numeric(6,2)',
        fileColumn: 'vat_rate',
      },
    ],
    describeKey: ([sku]) => `product ${sku}`,
  },
  lockKey: PRODUCTS_LOCK,
  async prepare() {
    return {
      columns: productColumns,
      read: readProductRecord,
      keyOf: (product) => product.sku,
      copyFields: (product) =>
        `${copyText(product.sku)}\t${copyText(product.name)}\t` +
        `${copyText(product.category)}\t${copyText(product.brand)}\t` +
        `${copyText(product.unit)}\t${copyNullable(product.listPrice)}\t` +
        `${product.vatRatePct}`,
    };
  },
});
