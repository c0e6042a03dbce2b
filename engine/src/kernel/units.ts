// Integer units for the columnar kernel: money in fen (10^-2) and quantities
// in 10^-4 of a unit, held in doubles. Doubles hold every integer below 2^53
// exactly, so sums stay exact as long as the sum of the absolute values of
// everything added stays below 2^53 — `checkKernelRange` refuses any input
// that could break that, before a single sum is taken.
import { Dec } from '../money/dec.js';

export const MONEY_UNIT_DECIMALS = 2;
export const QUANTITY_UNIT_DECIMALS = 4;

/** The integer count of 10^-decimals in `amount`; throws when not exact. */
export function toUnits(amount: Dec, decimals: number): number {
  const units = amount
    .times(Dec.of(`1${'0'.repeat(decimals)}`))
    .toSafeInteger();
  if (units === null) {
    throw new RangeError(
      `${amount.toString()} is not a whole number of 10^-${String(decimals)} ` +
        'below 2^53',
    );
  }

  return units;
}

/**
 * Back to an exact decimal printed with `scale` decimals: the scale the
 * reference's sum of the same lines would carry (the largest written one).
 */
export function unitsToDec(
  units: number,
  decimals: number,
  scale: number,
): Dec {
  return Dec.fromUnits(units, decimals, scale);
}

/**
 * The written scales of one line, one bit per possible scale, so a sum's
 * scale is the OR of its lines' bits: net 0–2 in bits 0–2, quantity 0–4 in
 * bits 3–7, gross margin (only for a line with a cost) 0–2 in bits 8–10.
 */
export function scaleBitsOf(
  netScale: number,
  quantityScale: number,
  costScale: number | null,
): number {
  const marginBits =
    costScale === null ? 0 : 1 << (8 + Math.max(netScale, costScale));

  return (1 << netScale) | (1 << (3 + quantityScale)) | marginBits;
}

function highestBit(bits: number, first: number, count: number): number {
  for (let scale = count - 1; scale >= 0; scale -= 1) {
    if ((bits & (1 << (first + scale))) !== 0) return scale;
  }

  return 0;
}

export interface SumScales {
  net: number;
  quantity: number;
  margin: number;
}

/** The empty sum has scale 0, like the reference's `Dec.ZERO`. */
export function scalesOf(bits: number): SumScales {
  return {
    net: highestBit(bits, 0, 3),
    quantity: highestBit(bits, 3, 5),
    margin: highestBit(bits, 8, 3),
  };
}

/**
 * The scales every sum has when the lines were all written alike (a store's
 * numeric columns): net and quantity bits equal on every line, margin bits
 * equal on every line with a cost. Null when they differ.
 */
export function uniformScales(
  scaleBits: Uint16Array,
  hasCost: Uint8Array,
): SumScales | null {
  let netQuantity = -1;
  let margin = -1;
  for (let line = 0; line < scaleBits.length; line += 1) {
    const bits = scaleBits[line] ?? 0;
    const lineNetQuantity = bits & 0xff;
    if (netQuantity < 0) netQuantity = lineNetQuantity;
    else if (netQuantity !== lineNetQuantity) return null;

    if (hasCost[line] !== 1) continue;
    const lineMargin = bits & 0x700;
    if (margin < 0) margin = lineMargin;
    else if (margin !== lineMargin) return null;
  }

  return scalesOf(Math.max(netQuantity, 0) | Math.max(margin, 0));
}
