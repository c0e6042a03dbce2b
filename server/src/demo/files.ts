import { isoFromDay, type Day } from './calendar.js';
import { csvRow, csvStream } from './csv.js';
import type { DemoDataset } from './dataset.js';
import { fenToDecimal } from './fen.js';
import type { DemoSaleLine } from './sales.js';
import type { DemoTarget } from './targets.js';

// The demo's four import files, in the columns of DESIGN §4.1.

export function customersCsv(dataset: DemoDataset): AsyncGenerator<Buffer> {
  return csvStream(
    ['code', 'name', 'group', 'region', 'tags', 'sales_rep'],
    dataset.customers.map((customer) =>
      csvRow([
        customer.code,
        customer.name,
        customer.group,
        customer.region,
        customer.tags.join(';'),
        customer.salesRep,
      ]),
    ),
  );
}

export function productsCsv(dataset: DemoDataset): AsyncGenerator<Buffer> {
  return csvStream(
    ['sku', 'name', 'category', 'brand', 'unit', 'list_price', 'vat_rate'],
    dataset.products.map((product) =>
      csvRow([
        product.sku,
        product.name,
        product.category,
        product.brand,
        product.unit,
        fenToDecimal(product.listPriceFen),
        `${product.vatRatePct}%`,
      ]),
    ),
  );
}

/** The sales file; `onLine` sees every line as it is written. */
export function salesCsv(
  dataset: DemoDataset,
  onLine: (line: DemoSaleLine) => void = () => undefined,
): AsyncGenerator<Buffer> {
  const customerCodes = dataset.customers.map((customer) => customer.code);
  const skus = dataset.products.map((product) => product.sku);
  const dates = new Map<Day, string>();
  const date = (day: Day): string => {
    let iso = dates.get(day);
    if (iso === undefined) {
      iso = isoFromDay(day);
      dates.set(day, iso);
    }
    return iso;
  };

  // Codes, numbers and dates need no quoting: the row is written directly,
  // which keeps 300k lines to about a second.
  function* rows(): Generator<string> {
    for (const line of dataset.sales()) {
      onLine(line);
      const paid = line.paidDay === null ? '' : date(line.paidDay);
      yield (
        `${line.invoiceNo},${line.lineNo},${date(line.day)},` +
        `${customerCodes[line.customerIndex] ?? ''},` +
        `${skus[line.productIndex] ?? ''},${line.quantity},` +
        `${fenToDecimal(line.netFen)},${fenToDecimal(line.costFen)},CNY,` +
        `${paid}\n`
      );
    }
  }
  return csvStream(
    [
      'invoice_no',
      'line_no',
      'invoice_date',
      'customer_code',
      'sku',
      'quantity',
      'net_amount',
      'cost_amount',
      'currency',
      'paid_date',
    ],
    rows(),
  );
}

export function targetsCsv(
  targets: readonly DemoTarget[],
): AsyncGenerator<Buffer> {
  return csvStream(
    ['program', 'customer_code', 'period_start', 'target'],
    targets.map((target) =>
      csvRow([
        target.programCode,
        target.customerCode,
        target.periodStart,
        fenToDecimal(target.targetFen),
      ]),
    ),
  );
}
