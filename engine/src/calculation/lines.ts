// Sales lines read once for every program: decimals parsed, currency
// defaulted, product attached. Malformed input is a caller's bug and throws;
// the importer has refused such rows long before they reach the engine.
import type { Dec } from '../money/dec.js';
import {
  MONEY_DECIMALS,
  QUANTITY_DECIMALS,
  decimalOrThrow,
} from '../money/parse.js';
import { isIsoDate } from '../periods/dates.js';
import type { Product, SalesLine } from './input.js';

export const DEFAULT_CURRENCY = 'CNY';

export interface PreparedLine {
  invoiceNo: string;
  lineNo: number;
  invoiceDate: string;
  customerCode: string;
  product: Product;
  quantity: Dec;
  netAmount: Dec;
  costAmount: Dec | null;
  currency: string;
  paidDate: string | null;
}

function checkedDate(line: SalesLine, date: string): string {
  if (!isIsoDate(date)) {
    throw new RangeError(
      `sales line ${line.invoiceNo}/${String(line.lineNo)}: ` +
        `"${date}" is not a YYYY-MM-DD date`,
    );
  }

  return date;
}

function readLine(line: SalesLine, product: Product): PreparedLine {
  const where = `sales line ${line.invoiceNo}/${String(line.lineNo)}`;
  const read = (text: string, decimals: number): Dec => {
    try {
      return decimalOrThrow(text, decimals);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RangeError(`${where}: ${reason}`);
    }
  };

  return {
    invoiceNo: line.invoiceNo,
    lineNo: line.lineNo,
    invoiceDate: checkedDate(line, line.invoiceDate),
    customerCode: line.customerCode,
    product,
    quantity: read(line.quantity, QUANTITY_DECIMALS),
    netAmount: read(line.netAmount, MONEY_DECIMALS),
    costAmount:
      line.costAmount === null || line.costAmount === ''
        ? null
        : read(line.costAmount, MONEY_DECIMALS),
    currency: line.currency === '' ? DEFAULT_CURRENCY : line.currency,
    paidDate:
      line.paidDate === null || line.paidDate === ''
        ? null
        : checkedDate(line, line.paidDate),
  };
}

/** Lines of unknown products are in no product scope: they are left out. */
export function prepareLines(
  sales: readonly SalesLine[],
  productsBySku: ReadonlyMap<string, Product>,
): PreparedLine[] {
  return sales.flatMap((line) => {
    const product = productsBySku.get(line.sku);

    return product === undefined ? [] : [readLine(line, product)];
  });
}
