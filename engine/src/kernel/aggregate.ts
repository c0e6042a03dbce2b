// The kernel's one pass over the lines: for every line, the programs whose
// customer scope holds its customer, then rule 3 per program (product scope,
// currency, the date that places the line, payment terms), then the line's
// figures added to the slot of its program × customer × segment. Rule 4's
// sums stay in integer fen; rows come from `hasRow` exactly as §4.4 says.
import {
  BY_COLLECTION,
  CATEGORY_AT,
  CURRENCY,
  DAY_TABLE,
  END_DAY,
  FIRST_DAY,
  FLAGS,
  LEFT_OUT_AT,
  LINE_BITS_AT,
  MARGIN_AT,
  NEEDS_UNITS,
  PAID_WITHIN_DAYS,
  PROGRAM_STRIDE,
  QUANTITY_AT,
  SLOT_WIDTH,
  TERM_END,
  TERM_START,
  WITHOUT_COST_AT,
  type ProgramLayout,
} from './program-layout.js';
import type { ProductAttributes } from './product-attributes.js';
import { NO_DAY, type SalesColumns } from './sales-columns.js';
import type { ScopeIndex } from './scope-index.js';
import { COUNTED_LINES, NET_FEN } from './slot-layout.js';
import { SlotStore } from './slot-store.js';

export interface Aggregates {
  store: SlotStore;
  /** Where each program × customer pair's slots start; −1: no lines. */
  pairSlot: Int32Array;
  /** 1 when the pair has a line dated in the term up to the as-of date. */
  hasRow: Uint8Array;
  /** In-scope lines of other currencies dated in the term, per program. */
  otherCurrencyLines: Int32Array;
}

/** Longer than any payment term: an unpaid sale is never paid in time. */
const NEVER_PAID = 2 ** 31;

/** Beyond this many numbers, slots are handed out as lines arrive. */
const MAX_UP_FRONT = 2 ** 27;

/**
 * Each pair's program and first slot side by side, so one read gets both.
 * When all pairs' slots fit, they are laid out up front in pair order: the
 * programs of one customer are adjacent pairs, so a line's slots sit close
 * together in memory. Otherwise slots are handed out on a pair's first line.
 */
function pairTable(
  scope: ScopeIndex,
  layout: ProgramLayout,
): { table: Int32Array; size: number } {
  const table = new Int32Array(scope.pairProgram.length * 2);
  let size = 0;
  scope.pairProgram.forEach((program, pair) => {
    const width = layout.params[program * PROGRAM_STRIDE + SLOT_WIDTH] ?? 0;
    table[pair * 2] = program;
    table[pair * 2 + 1] = size;
    size += width * (layout.segments[program] ?? 0);
  });

  if (size > MAX_UP_FRONT) {
    for (let pair = 0; pair < scope.pairProgram.length; pair += 1) {
      table[pair * 2 + 1] = -1;
    }
    return { table, size: 0 };
  }

  return { table, size };
}

export function aggregateLines(
  columns: SalesColumns,
  scope: ScopeIndex,
  layout: ProgramLayout,
  products: ProductAttributes,
  asOfDay: number,
): Aggregates {
  const { table, size } = pairTable(scope, layout);
  const store = new SlotStore(size);
  store.allocate(size);
  let data = store.data;
  const { pairStart, productBits, productWords } = scope;
  const hasRow = new Uint8Array(scope.pairProgram.length);
  const otherCurrencyLines = new Int32Array(layout.programs);

  // Locals, not property reads: this loop runs once per line and program.
  const { params, segments, daySegments } = layout;
  const { customer, product, invoiceDay, paidDay, netFen } = columns;
  const { currency, quantity, hasCost, costFen, scaleBits } = columns;
  const { unitWord, unitBit, category } = products;

  for (let line = 0; line < columns.length; line += 1) {
    const customerIndex = customer[line] ?? 0;
    const firstPair = pairStart[customerIndex] ?? 0;
    const endPair = pairStart[customerIndex + 1] ?? 0;
    if (firstPair === endPair) continue;

    const productIndex = product[line] ?? 0;
    const productWord = productIndex >>> 5;
    const productBit = 1 << (productIndex & 31);
    const invoiced = invoiceDay[line] ?? 0;
    const paidOn = paidDay[line] ?? NO_DAY;
    const net = netFen[line] ?? 0;
    const lineCurrency = currency[line] ?? 0;

    // Rule 3: a payment after the as-of date has not happened yet; returns
    // and zero-amount lines date by invoice when they have no payment.
    const paid = paidOn !== NO_DAY && paidOn <= asOfDay ? paidOn : NO_DAY;
    const collectionDay = paid !== NO_DAY ? paid : net > 0 ? NO_DAY : invoiced;
    const daysToPay = paid !== NO_DAY ? paid - invoiced : NEVER_PAID;

    for (let pair = firstPair; pair < endPair; pair += 1) {
      const program = table[pair * 2] ?? 0;
      const bits = productBits[program * productWords + productWord] ?? 0;
      if ((bits & productBit) === 0) continue;

      const at = program * PROGRAM_STRIDE;
      const flags = params[at + FLAGS] ?? 0;
      const ruleDay = (flags & BY_COLLECTION) !== 0 ? collectionDay : invoiced;
      const rowDay = ruleDay === NO_DAY ? invoiced : ruleDay;
      const inTerm =
        rowDay >= (params[at + TERM_START] ?? 0) &&
        rowDay <= (params[at + TERM_END] ?? 0);
      if (lineCurrency !== params[at + CURRENCY]) {
        if (inTerm) {
          otherCurrencyLines[program] = (otherCurrencyLines[program] ?? 0) + 1;
        }
        continue;
      }
      if (inTerm) hasRow[pair] = 1;

      const firstDay = params[at + FIRST_DAY] ?? 0;
      if (rowDay < firstDay) continue;
      if (rowDay >= (params[at + END_DAY] ?? 0)) continue;

      const width = params[at + SLOT_WIDTH] ?? 0;
      let firstSlot = table[pair * 2 + 1] ?? -1;
      if (firstSlot < 0) {
        firstSlot = store.allocate(width * (segments[program] ?? 0));
        table[pair * 2 + 1] = firstSlot;
        data = store.data;
      }
      const segment =
        daySegments[(params[at + DAY_TABLE] ?? 0) + rowDay - firstDay] ?? 0;
      const to = firstSlot + segment * width;

      const paymentDays = params[at + PAID_WITHIN_DAYS] ?? -1;
      const lateSale = paymentDays >= 0 && net > 0 && daysToPay > paymentDays;
      if (ruleDay === NO_DAY || lateSale) {
        const leftOut = params[at + LEFT_OUT_AT] ?? -1;
        if (leftOut >= 0) data[to + leftOut] = (data[to + leftOut] ?? 0) + 1;
        continue;
      }

      // Rule 4 over one counted line, into the fields the program reads.
      data[to + NET_FEN] = (data[to + NET_FEN] ?? 0) + net;
      data[to + COUNTED_LINES] = (data[to + COUNTED_LINES] ?? 0) + 1;

      const lineQuantity = quantity[line] ?? 0;
      const quantityAt = params[at + QUANTITY_AT] ?? -1;
      if (quantityAt >= 0) {
        data[to + quantityAt] = (data[to + quantityAt] ?? 0) + lineQuantity;
      }

      const marginAt = params[at + MARGIN_AT] ?? -1;
      if (marginAt >= 0 && hasCost[line] === 1) {
        const margin = net - (costFen[line] ?? 0);
        data[to + marginAt] = (data[to + marginAt] ?? 0) + margin;
      } else if (marginAt >= 0) {
        const withoutCost = to + (params[at + WITHOUT_COST_AT] ?? 0);
        data[withoutCost] = (data[withoutCost] ?? 0) + 1;
      }

      const bitsAt = params[at + LINE_BITS_AT] ?? -1;
      if (bitsAt >= 0) {
        data[to + bitsAt] = (data[to + bitsAt] ?? 0) | (scaleBits[line] ?? 0);
        if ((flags & NEEDS_UNITS) !== 0 && lineQuantity !== 0) {
          const word = to + bitsAt + (unitWord[productIndex] ?? 0);
          data[word] = (data[word] ?? 0) | (unitBit[productIndex] ?? 0);
        }
      }

      const categoryAt = params[at + CATEGORY_AT] ?? -1;
      if (categoryAt >= 0) {
        const head = to + categoryAt;
        store.addCategoryNet(head, category[productIndex] ?? 0, net);
      }
    }
  }

  const pairSlot = new Int32Array(scope.pairProgram.length);
  for (let pair = 0; pair < pairSlot.length; pair += 1) {
    pairSlot[pair] = table[pair * 2 + 1] ?? -1;
  }

  return { store, pairSlot, hasRow, otherCurrencyLines };
}
