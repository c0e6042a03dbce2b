// The kernel's one pass over the lines: for every line, the programs whose
// customer scope holds its customer, then rule 3 per program (product scope,
// currency, the date that places the line, payment terms), then the line's
// figures added to the slot of its program × customer × segment. Rule 4's
// sums stay in integer fen; rows come from `hasRow` exactly as §4.4 says.
import type { ProgramLayout } from './program-layout.js';
import type { ProductAttributes } from './product-attributes.js';
import { NO_DAY, type SalesColumns } from './sales-columns.js';
import type { ScopeIndex } from './scope-index.js';
import {
  COUNTED_LINES,
  LEFT_OUT_LINES,
  LINES_WITHOUT_COST,
  MARGIN_FEN,
  NET_FEN,
  QUANTITY,
  SCALE_BITS,
  SlotStore,
  UNIT_WORDS,
} from './slot-store.js';

export interface Aggregates {
  store: SlotStore;
  /** The first slot of each program × customer pair; −1 before any line. */
  pairSlot: Int32Array;
  /** 1 when the pair has a line dated in the term up to the as-of date. */
  hasRow: Uint8Array;
  /** In-scope lines of other currencies dated in the term, per program. */
  otherCurrencyLines: Int32Array;
}

/** Longer than any payment term: an unpaid sale is never paid in time. */
const NEVER_PAID = 2 ** 31;

export function aggregateLines(
  columns: SalesColumns,
  scope: ScopeIndex,
  layout: ProgramLayout,
  products: ProductAttributes,
  asOfDay: number,
): Aggregates {
  const store = new SlotStore(products.unitCount);
  const stride = store.stride;
  let data = store.data;
  const { pairStart, pairProgram, productBits, productWords } = scope;
  const pairSlot = new Int32Array(pairProgram.length).fill(-1);
  const hasRow = new Uint8Array(pairProgram.length);
  const otherCurrencyLines = new Int32Array(layout.programs);

  for (let line = 0; line < columns.length; line += 1) {
    const customer = columns.customer[line] ?? 0;
    const firstPair = pairStart[customer] ?? 0;
    const endPair = pairStart[customer + 1] ?? 0;
    if (firstPair === endPair) continue;

    const product = columns.product[line] ?? 0;
    const productWord = product >>> 5;
    const productBit = 1 << (product & 31);
    const invoiceDay = columns.invoiceDay[line] ?? 0;
    const paidDay = columns.paidDay[line] ?? NO_DAY;
    const netFen = columns.netFen[line] ?? 0;
    const currency = columns.currency[line] ?? 0;

    // Rule 3: a payment after the as-of date has not happened yet; returns
    // and zero-amount lines date by invoice when they have no payment.
    const paid = paidDay !== NO_DAY && paidDay <= asOfDay ? paidDay : NO_DAY;
    const collectionDay =
      paid !== NO_DAY ? paid : netFen > 0 ? NO_DAY : invoiceDay;
    const daysToPay = paid !== NO_DAY ? paid - invoiceDay : NEVER_PAID;

    for (let pair = firstPair; pair < endPair; pair += 1) {
      const program = pairProgram[pair] ?? 0;
      const bits = productBits[program * productWords + productWord] ?? 0;
      if ((bits & productBit) === 0) continue;

      const ruleDay =
        layout.byCollection[program] === 1 ? collectionDay : invoiceDay;
      const rowDay = ruleDay === NO_DAY ? invoiceDay : ruleDay;
      const inTerm =
        rowDay >= (layout.termStart[program] ?? 0) &&
        rowDay <= (layout.termEnd[program] ?? 0);
      if (currency !== layout.currency[program]) {
        if (inTerm) {
          otherCurrencyLines[program] = (otherCurrencyLines[program] ?? 0) + 1;
        }
        continue;
      }
      if (inTerm) hasRow[pair] = 1;

      const offset = rowDay - (layout.firstDay[program] ?? 0);
      if (offset < 0 || offset >= (layout.dayCount[program] ?? 0)) continue;

      let firstSlot = pairSlot[pair] ?? -1;
      if (firstSlot < 0) {
        firstSlot = store.allocate(layout.segments[program] ?? 0);
        pairSlot[pair] = firstSlot;
        data = store.data;
      }
      const segment =
        layout.daySegment[(layout.dayOffset[program] ?? 0) + offset] ?? 0;
      const slot = firstSlot + segment;
      const at = slot * stride;

      const paymentDays = layout.paidWithinDays[program] ?? -1;
      const lateSale =
        paymentDays >= 0 && netFen > 0 && daysToPay > paymentDays;
      if (ruleDay === NO_DAY || lateSale) {
        data[at + LEFT_OUT_LINES] = (data[at + LEFT_OUT_LINES] ?? 0) + 1;
        continue;
      }

      addLine(data, at, line, columns, products, product);
      if (layout.countsCategories[program] === 1) {
        store.addCategoryNet(slot, products.category[product] ?? 0, netFen);
      }
    }
  }

  return { store, pairSlot, hasRow, otherCurrencyLines };
}

/** Rule 4 over one counted line. */
function addLine(
  data: Float64Array,
  at: number,
  line: number,
  columns: SalesColumns,
  products: ProductAttributes,
  product: number,
): void {
  const netFen = columns.netFen[line] ?? 0;
  const quantity = columns.quantity[line] ?? 0;

  data[at + NET_FEN] = (data[at + NET_FEN] ?? 0) + netFen;
  data[at + QUANTITY] = (data[at + QUANTITY] ?? 0) + quantity;
  if (columns.hasCost[line] === 1) {
    const marginFen = netFen - (columns.costFen[line] ?? 0);
    data[at + MARGIN_FEN] = (data[at + MARGIN_FEN] ?? 0) + marginFen;
  } else {
    data[at + LINES_WITHOUT_COST] = (data[at + LINES_WITHOUT_COST] ?? 0) + 1;
  }
  data[at + COUNTED_LINES] = (data[at + COUNTED_LINES] ?? 0) + 1;
  data[at + SCALE_BITS] =
    (data[at + SCALE_BITS] ?? 0) | (columns.scaleBits[line] ?? 0);
  if (quantity !== 0) {
    const word = at + UNIT_WORDS + (products.unitWord[product] ?? 0);
    data[word] = (data[word] ?? 0) | (products.unitBit[product] ?? 0);
  }
}
