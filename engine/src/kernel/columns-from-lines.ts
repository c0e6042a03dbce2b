// Sales line objects (CalculationInput.sales) as kernel columns, read the way
// the reference reads them (lines.ts): an unknown product or customer leaves
// the line out, an empty currency is CNY, a malformed value throws.
import type { Customer, Product, SalesLine } from '../calculation/input.js';
import { prepareLines } from '../calculation/lines.js';
import { toDayNumber } from '../periods/dates.js';
import {
  NO_DAY,
  SalesColumnsBuilder,
  type SalesColumns,
} from './sales-columns.js';
import {
  MONEY_UNIT_DECIMALS,
  QUANTITY_UNIT_DECIMALS,
  scaleBitsOf,
  toUnits,
} from './units.js';

export interface LineColumns {
  customers: Customer[];
  products: Product[];
  sales: SalesColumns;
}

/** Later entries win for a repeated code, as in the reference's lookups. */
function indexByKey<T>(items: readonly T[], keyOf: (item: T) => string) {
  const index = new Map<string, number>();
  items.forEach((item, position) => index.set(keyOf(item), position));

  return index;
}

export function columnsFromLines(
  customers: readonly Customer[],
  products: readonly Product[],
  sales: readonly SalesLine[],
): LineColumns {
  const customerIndex = indexByKey(customers, (customer) => customer.code);
  const productIndex = indexByKey(products, (product) => product.sku);
  const productsBySku = new Map(
    products.map((product) => [product.sku, product]),
  );
  const builder = new SalesColumnsBuilder();

  for (const line of prepareLines(sales, productsBySku)) {
    const customer = customerIndex.get(line.customerCode);
    const product = productIndex.get(line.product.sku);
    if (customer === undefined || product === undefined) continue;

    const row = builder.addRow();
    builder.customer[row] = customer;
    builder.product[row] = product;
    builder.invoiceDay[row] = toDayNumber(line.invoiceDate);
    builder.paidDay[row] =
      line.paidDate === null ? NO_DAY : toDayNumber(line.paidDate);
    builder.netFen[row] = toUnits(line.netAmount, MONEY_UNIT_DECIMALS);
    builder.quantity[row] = toUnits(line.quantity, QUANTITY_UNIT_DECIMALS);
    builder.costFen[row] =
      line.costAmount === null
        ? 0
        : toUnits(line.costAmount, MONEY_UNIT_DECIMALS);
    builder.hasCost[row] = line.costAmount === null ? 0 : 1;
    builder.currency[row] = builder.currencyOf(line.currency);
    builder.scaleBits[row] = scaleBitsOf(
      line.netAmount.scale,
      line.quantity.scale,
      line.costAmount?.scale ?? null,
    );
  }

  return {
    customers: [...customers],
    products: [...products],
    sales: builder.finish(),
  };
}
