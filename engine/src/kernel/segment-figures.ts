// Rule 4's figures for one program × customer and one window, summed from
// the window's segments and turned back into the exact decimals (with the
// scales) that the reference's sum over the same lines would have.
import { Dec } from '../money/dec.js';
import type { Figures } from '../calculation/figures.js';
import type { FigureSource } from '../calculation/figure-source.js';
import type { DateWindow } from '../periods/window.js';
import type { ProductAttributes } from './product-attributes.js';
import {
  CATEGORY_HEAD,
  COUNTED_LINES,
  LEFT_OUT_LINES,
  LINES_WITHOUT_COST,
  MARGIN_FEN,
  NET_FEN,
  QUANTITY,
  SCALE_BITS,
  UNIT_WORDS,
  UNITS_PER_WORD,
  type SlotStore,
} from './slot-store.js';
import {
  MONEY_UNIT_DECIMALS,
  QUANTITY_UNIT_DECIMALS,
  scalesOf,
  unitsToDec,
} from './units.js';
import { segmentRange, type WindowPlan } from './window-plan.js';

function emptyFigures(): Figures {
  return {
    netAmount: Dec.ZERO,
    quantity: Dec.ZERO,
    grossMarginKnown: Dec.ZERO,
    linesWithoutCost: 0,
    units: new Set(),
    netAmountByCategory: new Map(),
    countedLines: 0,
    leftOutLines: 0,
  };
}

function unitsOf(
  store: SlotStore,
  attributes: ProductAttributes,
  unitBits: readonly number[],
): Set<string> {
  const units = new Set<string>();
  attributes.unitNames.forEach((name, unit) => {
    const word = unitBits[Math.floor(unit / UNITS_PER_WORD)] ?? 0;
    if ((word & (1 << (unit % UNITS_PER_WORD))) !== 0) units.add(name);
  });

  return units;
}

function categoryNet(
  store: SlotStore,
  attributes: ProductAttributes,
  firstSlot: number,
  lastSlot: number,
): Map<string, Dec> {
  const fenByCategory = new Map<number, number>();
  for (let slot = firstSlot; slot <= lastSlot; slot += 1) {
    let entry = (store.data[slot * store.stride + CATEGORY_HEAD] ?? 0) - 1;
    while (entry >= 0) {
      const category = store.categoryIndex[entry] ?? 0;
      const fen = store.categoryNetFen[entry] ?? 0;
      fenByCategory.set(category, (fenByCategory.get(category) ?? 0) + fen);
      entry = store.categoryNext[entry] ?? -1;
    }
  }

  const net = new Map<string, Dec>();
  for (const [category, fen] of fenByCategory) {
    const name = attributes.categoryNames[category] ?? '';
    net.set(name, unitsToDec(fen, MONEY_UNIT_DECIMALS, MONEY_UNIT_DECIMALS));
  }

  return net;
}

export function windowFigures(
  store: SlotStore,
  attributes: ProductAttributes,
  firstSlot: number,
  lastSlot: number,
): Figures {
  const { data, stride } = store;
  const wordCount = stride - UNIT_WORDS;
  const unitBits = new Array<number>(wordCount).fill(0);
  let netFen = 0;
  let quantity = 0;
  let marginFen = 0;
  let linesWithoutCost = 0;
  let countedLines = 0;
  let leftOutLines = 0;
  let scaleBits = 0;

  for (let slot = firstSlot; slot <= lastSlot; slot += 1) {
    const at = slot * stride;
    netFen += data[at + NET_FEN] ?? 0;
    quantity += data[at + QUANTITY] ?? 0;
    marginFen += data[at + MARGIN_FEN] ?? 0;
    linesWithoutCost += data[at + LINES_WITHOUT_COST] ?? 0;
    countedLines += data[at + COUNTED_LINES] ?? 0;
    leftOutLines += data[at + LEFT_OUT_LINES] ?? 0;
    scaleBits |= data[at + SCALE_BITS] ?? 0;
    for (let word = 0; word < wordCount; word += 1) {
      unitBits[word] =
        (unitBits[word] ?? 0) | (data[at + UNIT_WORDS + word] ?? 0);
    }
  }

  const scales = scalesOf(scaleBits);

  return {
    netAmount: unitsToDec(netFen, MONEY_UNIT_DECIMALS, scales.net),
    quantity: unitsToDec(quantity, QUANTITY_UNIT_DECIMALS, scales.quantity),
    grossMarginKnown: unitsToDec(marginFen, MONEY_UNIT_DECIMALS, scales.margin),
    linesWithoutCost,
    units: unitsOf(store, attributes, unitBits),
    netAmountByCategory: categoryNet(store, attributes, firstSlot, lastSlot),
    countedLines,
    leftOutLines,
  };
}

/** The figure source of one program × customer; `firstSlot` −1: no lines. */
export function slotFigureSource(
  store: SlotStore,
  attributes: ProductAttributes,
  windows: WindowPlan,
  firstSlot: number,
): FigureSource {
  return (window: DateWindow) => {
    const range = segmentRange(windows, window);
    if (range === null || firstSlot < 0) return emptyFigures();

    return windowFigures(
      store,
      attributes,
      firstSlot + range.first,
      firstSlot + range.last,
    );
  };
}
