// Rule 4's figures for one program × customer and one window, summed from
// the window's segments and turned back into the exact decimals (with the
// scales) that the reference's sum over the same lines would have.
import type { Dec } from '../money/dec.js';
import { NO_FIGURES, type Figures } from '../calculation/figures.js';
import type { FigureSource } from '../calculation/figure-source.js';
import type { DateWindow } from '../periods/window.js';
import type { ProductAttributes } from './product-attributes.js';
import {
  COUNTED_LINES,
  NET_FEN,
  SCALE_BITS_MASK,
  unitPlace,
  type SlotLayout,
} from './slot-layout.js';
import type { SlotStore } from './slot-store.js';
import {
  MONEY_UNIT_DECIMALS,
  QUANTITY_UNIT_DECIMALS,
  scalesOf,
  unitsToDec,
  type SumScales,
} from './units.js';
import {
  segmentRange,
  type SegmentRange,
  type WindowPlan,
} from './window-plan.js';

/** What one program's figure sources share. */
export interface ProgramSlots {
  store: SlotStore;
  attributes: ProductAttributes;
  layout: SlotLayout;
  /** Set when every line was written with the same decimals. */
  uniformScales: SumScales | null;
  ranges: SegmentRanges;
}

/** Shared by every window without units: no rule adds to a figure's set. */
const NO_UNITS: ReadonlySet<string> = new Set();
const NO_CATEGORIES: ReadonlyMap<string, Dec> = new Map();

function unitsOf(
  attributes: ProductAttributes,
  bits: readonly number[],
): ReadonlySet<string> {
  const anyUnit = bits.some((word, index) =>
    index === 0 ? (word & ~SCALE_BITS_MASK) !== 0 : word !== 0,
  );
  if (!anyUnit) return NO_UNITS;

  const units = new Set<string>();
  attributes.unitNames.forEach((name, unit) => {
    const place = unitPlace(unit);
    if (((bits[place.word] ?? 0) & place.bit) !== 0) units.add(name);
  });

  return units;
}

function categoryNet(slots: ProgramSlots, heads: readonly number[]) {
  const { store, attributes } = slots;
  const fenByCategory = new Map<number, number>();
  for (const head of heads) {
    let entry = (store.data[head] ?? 0) - 1;
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

/** The sum of one optional field over the window's slots. */
function fieldSum(data: Float64Array, at: readonly number[], field: number) {
  if (field < 0) return 0;

  let sum = 0;
  for (const slot of at) sum += data[slot + field] ?? 0;

  return sum;
}

function scalesFor(
  slots: ProgramSlots,
  lineBits: number,
  counted: number,
  withCost: number,
): SumScales {
  const uniform = slots.uniformScales;
  if (uniform === null) return scalesOf(lineBits & SCALE_BITS_MASK);

  return {
    net: counted > 0 ? uniform.net : 0,
    quantity: counted > 0 ? uniform.quantity : 0,
    margin: withCost > 0 ? uniform.margin : 0,
  };
}

/** `firstAt`, `lastAt`: where the window's first and last slots start. */
export function windowFigures(
  slots: ProgramSlots,
  firstAt: number,
  lastAt: number,
): Figures {
  const { layout } = slots;
  const { data } = slots.store;
  const at: number[] = [];
  for (let slot = firstAt; slot <= lastAt; slot += layout.width) at.push(slot);

  const bitWords = layout.lineBits < 0 ? 0 : 1 + layout.extraUnitWords;
  const bits = new Array<number>(bitWords).fill(0);
  for (const slot of at) {
    for (let word = 0; word < bitWords; word += 1) {
      const value = data[slot + layout.lineBits + word] ?? 0;
      bits[word] = (bits[word] ?? 0) | value;
    }
  }

  const countedLines = fieldSum(data, at, COUNTED_LINES);
  const linesWithoutCost = fieldSum(data, at, layout.linesWithoutCost);
  const scales = scalesFor(
    slots,
    bits[0] ?? 0,
    countedLines,
    countedLines - linesWithoutCost,
  );
  const netFen = fieldSum(data, at, NET_FEN);
  const quantity = fieldSum(data, at, layout.quantity);
  const marginFen = fieldSum(data, at, layout.marginFen);

  return {
    netAmount: unitsToDec(netFen, MONEY_UNIT_DECIMALS, scales.net),
    quantity: unitsToDec(quantity, QUANTITY_UNIT_DECIMALS, scales.quantity),
    grossMarginKnown: unitsToDec(marginFen, MONEY_UNIT_DECIMALS, scales.margin),
    linesWithoutCost,
    units: unitsOf(slots.attributes, bits),
    netAmountByCategory:
      layout.categoryHead < 0
        ? NO_CATEGORIES
        : categoryNet(
            slots,
            at.map((slot) => slot + layout.categoryHead),
          ),
    countedLines,
    leftOutLines: fieldSum(data, at, layout.leftOutLines),
  };
}

/**
 * Window edges to segments, once per program rather than once per row. The
 * program's period frames hand every customer the same window objects, so
 * most answers are found by identity; an equal window made elsewhere is
 * found by its dates.
 */
export class SegmentRanges {
  private readonly byWindow = new Map<DateWindow, SegmentRange | null>();
  private readonly byDates = new Map<string, SegmentRange | null>();

  constructor(private readonly windows: WindowPlan) {}

  of(window: DateWindow): SegmentRange | null {
    let range = this.byWindow.get(window);
    if (range !== undefined) return range;

    const key = `${window.start}/${window.end}`;
    range = this.byDates.get(key);
    if (range === undefined) {
      range = segmentRange(this.windows, window);
      this.byDates.set(key, range);
    }
    this.byWindow.set(window, range);

    return range;
  }
}

/**
 * The figure source of one program × customer; `firstSlot` −1: no lines.
 * A row asks some windows twice (an open period's own part, its baseline),
 * so answers are kept for the source's short life.
 */
export function slotFigureSource(
  slots: ProgramSlots,
  firstSlot: number,
): FigureSource {
  const answers = new Map<SegmentRange, Figures>();
  const { width } = slots.layout;

  return (window: DateWindow) => {
    const range = slots.ranges.of(window);
    if (range === null || firstSlot < 0) return NO_FIGURES;

    let figures = answers.get(range);
    if (figures === undefined) {
      figures = windowFigures(
        slots,
        firstSlot + range.first * width,
        firstSlot + range.last * width,
      );
      answers.set(range, figures);
    }

    return figures;
  };
}
