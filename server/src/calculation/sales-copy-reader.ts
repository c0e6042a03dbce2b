// Stored sales lines straight into the kernel's typed columns: the bytes of
// `COPY (SELECT ...) TO STDOUT` in PostgreSQL's text format are parsed as
// they stream in, with no string or object per line. Decimals are read as
// integers of their smallest unit (fen, 10^-4 of a unit) digit by digit, and
// refused beyond 2^53, where a double would stop counting exactly.
import {
  KernelRangeError,
  NO_DAY,
  SalesColumnsBuilder,
  scaleBitsOf,
  type SalesColumns,
} from '@tierline/engine';
import type { Connection } from '../db/database.js';

/** The columns in the order the parser expects them. */
export const SALES_COPY_SQL = `copy (
  select customer_id, product_id,
         invoice_date - date '1970-01-01',
         paid_date - date '1970-01-01',
         net_amount, cost_amount, quantity, currency
    from sales_lines
) to stdout`;

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

const CUSTOMER = 0;
const PRODUCT = 1;
const INVOICE_DAY = 2;
const PAID_DAY = 3;
const NET = 4;
const COST = 5;
const QUANTITY = 6;
const CURRENCY = 7;

/** Store ids to the kernel's indexes; −1 for an id it does not know. */
export interface IdIndexes {
  customer: Int32Array;
  product: Int32Array;
}

function indexOf(indexes: Int32Array, id: number): number {
  return id >= 0 && id < indexes.length ? (indexes[id] ?? -1) : -1;
}

/** 10^n for the few decimal shifts a line needs. */
const POWERS = [1, 10, 100, 1_000, 10_000];

export class SalesCopyParser {
  private readonly columns = new SalesColumnsBuilder();
  private readonly currencies = new Map<number, number>();
  // One field's state: its digits so far, sign, decimals, \N and letters.
  private field = 0;
  private digits = 0;
  private negative = false;
  private decimals = -1;
  private isNull = false;
  private letters = 0;
  private letterCount = 0;
  // The line's finished fields.
  private customer = -1;
  private product = -1;
  private invoiceDay = 0;
  private paidDay = NO_DAY;
  private netFen = 0;
  private netScale = 0;
  private costFen = 0;
  private costScale: number | null = null;
  private quantity = 0;
  private quantityScale = 0;
  private currency = 0;

  constructor(private readonly ids: IdIndexes) {}

  push(chunk: Uint8Array): void {
    for (let at = 0; at < chunk.length; at += 1) {
      const byte = chunk[at] ?? 0;
      if (byte >= ZERO && byte <= NINE) {
        this.digits = this.digits * 10 + (byte - ZERO);
        if (this.decimals >= 0) this.decimals += 1;
      } else if (byte === TAB) {
        this.endField();
      } else if (byte === NEWLINE) {
        this.endField();
        this.endLine();
      } else if (byte === MINUS) {
        this.negative = true;
      } else if (byte === DOT) {
        this.decimals = 0;
      } else if (byte === BACKSLASH) {
        this.isNull = true;
      } else if (!this.isNull) {
        this.letters = this.letters * 256 + byte;
        this.letterCount += 1;
      }
    }
  }

  finish(): SalesColumns {
    if (this.field !== 0 || this.digits !== 0 || this.letterCount !== 0) {
      throw new Error('the COPY output ended in the middle of a line');
    }

    return this.columns.finish();
  }

  /** The field's integer in units of 10^-unitDecimals, exactly. */
  private units(unitDecimals: number): number {
    const decimals = Math.max(this.decimals, 0);
    const shift = POWERS[unitDecimals - decimals];
    const units = this.digits * (shift ?? Number.NaN);
    if (!Number.isSafeInteger(units)) {
      throw new KernelRangeError(
        'a stored amount or quantity has more digits than the fast path ' +
          'counts exactly (2^53 of its smallest unit)',
      );
    }

    return this.negative ? -units : units;
  }

  private endField(): void {
    const decimals = Math.max(this.decimals, 0);
    switch (this.field) {
      case CUSTOMER:
        this.customer = indexOf(this.ids.customer, this.digits);
        break;
      case PRODUCT:
        this.product = indexOf(this.ids.product, this.digits);
        break;
      case INVOICE_DAY:
        this.invoiceDay = this.negative ? -this.digits : this.digits;
        break;
      case PAID_DAY:
        this.paidDay = this.isNull
          ? NO_DAY
          : this.negative
            ? -this.digits
            : this.digits;
        break;
      case NET:
        this.netFen = this.units(2);
        this.netScale = decimals;
        break;
      case COST:
        this.costFen = this.isNull ? 0 : this.units(2);
        this.costScale = this.isNull ? null : decimals;
        break;
      case QUANTITY:
        this.quantity = this.units(4);
        this.quantityScale = decimals;
        break;
      case CURRENCY:
        this.currency = this.currencyIndex();
        break;
    }

    this.field += 1;
    this.digits = 0;
    this.negative = false;
    this.decimals = -1;
    this.isNull = false;
    this.letters = 0;
    this.letterCount = 0;
  }

  private currencyIndex(): number {
    let index = this.currencies.get(this.letters);
    if (index === undefined) {
      const code = String.fromCharCode(
        (this.letters >>> 16) & 0xff,
        (this.letters >>> 8) & 0xff,
        this.letters & 0xff,
      );
      index = this.columns.currencyOf(code.trim());
      this.currencies.set(this.letters, index);
    }

    return index;
  }

  /** A line of an unknown customer or product is in no scope: left out. */
  private endLine(): void {
    if (this.field !== CURRENCY + 1) {
      throw new Error(
        `a COPY line has ${String(this.field)} fields, not ${String(CURRENCY + 1)}`,
      );
    }
    this.field = 0;
    if (this.customer < 0 || this.product < 0) return;

    const { columns } = this;
    const row = columns.addRow();
    columns.customer[row] = this.customer;
    columns.product[row] = this.product;
    columns.invoiceDay[row] = this.invoiceDay;
    columns.paidDay[row] = this.paidDay;
    columns.netFen[row] = this.netFen;
    columns.costFen[row] = this.costFen;
    columns.hasCost[row] = this.costScale === null ? 0 : 1;
    columns.quantity[row] = this.quantity;
    columns.currency[row] = this.currency;
    columns.scaleBits[row] = scaleBitsOf(
      this.netScale,
      this.quantityScale,
      this.costScale,
    );
  }
}

/** Streams every stored sales line into kernel columns. */
export async function readSalesColumns(
  connection: Connection,
  ids: IdIndexes,
): Promise<SalesColumns> {
  const parser = new SalesCopyParser(ids);
  for await (const chunk of connection.copyTo(SALES_COPY_SQL)) {
    parser.push(chunk);
  }

  return parser.finish();
}
