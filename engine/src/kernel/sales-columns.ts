// Sales lines as typed columns, one index per line: what the kernel reads
// instead of line objects. Customers, products and currencies are indexes
// into the lists the kernel is given; days count from 1970-01-01; money is
// integer fen and quantity integer 10^-4 units (see units.ts).

/** `paidDay` of a line without a payment. */
export const NO_DAY = -2_147_483_648;

export interface SalesColumns {
  readonly length: number;
  readonly customer: Int32Array;
  readonly product: Int32Array;
  readonly invoiceDay: Int32Array;
  readonly paidDay: Int32Array;
  readonly netFen: Float64Array;
  /** 0 where `hasCost` is 0. */
  readonly costFen: Float64Array;
  readonly hasCost: Uint8Array;
  readonly quantity: Float64Array;
  readonly currency: Uint16Array;
  /** See `scaleBitsOf`. */
  readonly scaleBits: Uint16Array;
  /** Currency codes by index; the CNY default is already applied. */
  readonly currencies: readonly string[];
}

const INITIAL_CAPACITY = 1024;
const MAX_CURRENCIES = 0xffff;

function grown<T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(
  array: T,
  capacity: number,
  make: (size: number) => T,
): T {
  const next = make(capacity);
  next.set(array);

  return next;
}

/**
 * Fills the columns row by row without an object per row: `addRow` returns
 * the row's index and the caller writes each column at it.
 */
export class SalesColumnsBuilder {
  customer = new Int32Array(INITIAL_CAPACITY);
  product = new Int32Array(INITIAL_CAPACITY);
  invoiceDay = new Int32Array(INITIAL_CAPACITY);
  paidDay = new Int32Array(INITIAL_CAPACITY);
  netFen = new Float64Array(INITIAL_CAPACITY);
  costFen = new Float64Array(INITIAL_CAPACITY);
  hasCost = new Uint8Array(INITIAL_CAPACITY);
  quantity = new Float64Array(INITIAL_CAPACITY);
  currency = new Uint16Array(INITIAL_CAPACITY);
  scaleBits = new Uint16Array(INITIAL_CAPACITY);
  length = 0;

  private readonly currencyIndex = new Map<string, number>();
  private readonly currencyCodes: string[] = [];

  currencyOf(code: string): number {
    let index = this.currencyIndex.get(code);
    if (index === undefined) {
      if (this.currencyCodes.length > MAX_CURRENCIES) {
        throw new RangeError('more than 65,536 currencies');
      }
      index = this.currencyCodes.length;
      this.currencyCodes.push(code);
      this.currencyIndex.set(code, index);
    }

    return index;
  }

  addRow(): number {
    if (this.length === this.customer.length) this.grow();
    const row = this.length;
    this.length += 1;

    return row;
  }

  /** Drops the last row, for a reader that refuses it after `addRow`. */
  dropLastRow(): void {
    if (this.length > 0) this.length -= 1;
  }

  private grow(): void {
    const size = this.customer.length * 2;
    this.customer = grown(this.customer, size, (n) => new Int32Array(n));
    this.product = grown(this.product, size, (n) => new Int32Array(n));
    this.invoiceDay = grown(this.invoiceDay, size, (n) => new Int32Array(n));
    this.paidDay = grown(this.paidDay, size, (n) => new Int32Array(n));
    this.netFen = grown(this.netFen, size, (n) => new Float64Array(n));
    this.costFen = grown(this.costFen, size, (n) => new Float64Array(n));
    this.hasCost = grown(this.hasCost, size, (n) => new Uint8Array(n));
    this.quantity = grown(this.quantity, size, (n) => new Float64Array(n));
    this.currency = grown(this.currency, size, (n) => new Uint16Array(n));
    this.scaleBits = grown(this.scaleBits, size, (n) => new Uint16Array(n));
  }

  finish(): SalesColumns {
    const n = this.length;

    return {
      length: n,
      customer: this.customer.subarray(0, n),
      product: this.product.subarray(0, n),
      invoiceDay: this.invoiceDay.subarray(0, n),
      paidDay: this.paidDay.subarray(0, n),
      netFen: this.netFen.subarray(0, n),
      costFen: this.costFen.subarray(0, n),
      hasCost: this.hasCost.subarray(0, n),
      quantity: this.quantity.subarray(0, n),
      currency: this.currency.subarray(0, n),
      scaleBits: this.scaleBits.subarray(0, n),
      currencies: [...this.currencyCodes],
    };
  }
}
