// DESIGN §4.3 rule 4: the sums over the lines that count in a window.
import { Dec } from '../money/dec.js';
import { inWindow, type DateWindow } from '../periods/window.js';
import type { DatedLine } from './program-lines.js';

export interface Figures {
  netAmount: Dec;
  quantity: Dec;
  /** Σ (net − cost) over the lines that have a cost. */
  grossMarginKnown: Dec;
  /** Lines that counted without a cost: gross margin cannot be computed. */
  linesWithoutCost: number;
  /** Units of the products whose quantity counted. */
  units: ReadonlySet<string>;
  netAmountByCategory: ReadonlyMap<string, Dec>;
  countedLines: number;
  /** Lines dated in the window that a payment rule kept out. */
  leftOutLines: number;
}

export const NO_FIGURES: Figures = {
  netAmount: Dec.ZERO,
  quantity: Dec.ZERO,
  grossMarginKnown: Dec.ZERO,
  linesWithoutCost: 0,
  units: new Set(),
  netAmountByCategory: new Map(),
  countedLines: 0,
  leftOutLines: 0,
};

export function grossMargin(figures: Figures): Dec | null {
  return figures.linesWithoutCost > 0 ? null : figures.grossMarginKnown;
}

export function gatherFigures(
  lines: readonly DatedLine[],
  window: DateWindow,
): Figures {
  let netAmount = Dec.ZERO;
  let quantity = Dec.ZERO;
  let grossMarginKnown = Dec.ZERO;
  let linesWithoutCost = 0;
  let countedLines = 0;
  let leftOutLines = 0;
  const units = new Set<string>();
  const netAmountByCategory = new Map<string, Dec>();

  for (const { line, countDate, rowDate } of lines) {
    if (countDate === null || !inWindow(countDate, window)) {
      if (inWindow(rowDate, window)) leftOutLines += 1;
      continue;
    }

    countedLines += 1;
    netAmount = netAmount.plus(line.netAmount);
    quantity = quantity.plus(line.quantity);
    if (line.costAmount === null) linesWithoutCost += 1;
    else
      grossMarginKnown = grossMarginKnown.plus(
        line.netAmount.minus(line.costAmount),
      );
    if (!line.quantity.isZero()) units.add(line.product.unit);

    const category = line.product.category;
    const categoryNet = netAmountByCategory.get(category) ?? Dec.ZERO;
    netAmountByCategory.set(category, categoryNet.plus(line.netAmount));
  }

  return {
    netAmount,
    quantity,
    grossMarginKnown,
    linesWithoutCost,
    units,
    netAmountByCategory,
    countedLines,
    leftOutLines,
  };
}

export function addFigures(a: Figures, b: Figures): Figures {
  const netAmountByCategory = new Map(a.netAmountByCategory);
  for (const [category, amount] of b.netAmountByCategory) {
    const sum = netAmountByCategory.get(category) ?? Dec.ZERO;
    netAmountByCategory.set(category, sum.plus(amount));
  }

  return {
    netAmount: a.netAmount.plus(b.netAmount),
    quantity: a.quantity.plus(b.quantity),
    grossMarginKnown: a.grossMarginKnown.plus(b.grossMarginKnown),
    linesWithoutCost: a.linesWithoutCost + b.linesWithoutCost,
    units: new Set([...a.units, ...b.units]),
    netAmountByCategory,
    countedLines: a.countedLines + b.countedLines,
    leftOutLines: a.leftOutLines + b.leftOutLines,
  };
}

/** Multiplies before it divides, so a terminating result stays exact. */
export interface Ratio {
  numerator: Dec;
  denominator: Dec;
}

export function scaleBy(value: Dec, ratio: Ratio): Dec {
  return value.times(ratio.numerator).dividedBy(ratio.denominator);
}

/** Rule 13: a positive factor, so category signs and unit sets stay. */
export function scaleFigures(figures: Figures, ratio: Ratio): Figures {
  const netAmountByCategory = new Map<string, Dec>();
  for (const [category, amount] of figures.netAmountByCategory) {
    netAmountByCategory.set(category, scaleBy(amount, ratio));
  }

  return {
    ...figures,
    netAmount: scaleBy(figures.netAmount, ratio),
    quantity: scaleBy(figures.quantity, ratio),
    grossMarginKnown: scaleBy(figures.grossMarginKnown, ratio),
    netAmountByCategory,
  };
}
