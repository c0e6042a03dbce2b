// The guard that makes summing integer fen in doubles exact (units.ts): every
// partial sum of a cell is bounded by the sum of the absolute values of all
// lines, so when that total stays below 2^53 no sum is ever rounded.
import type { SalesColumns } from './sales-columns.js';

export class KernelRangeError extends RangeError {}

function absoluteTotal(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += Math.abs(value);

  return total;
}

/**
 * A double sum of non-negative integers is exact until it reaches 2^53 and
 * never falls below it afterwards, so the comparison itself is safe.
 */
export function checkKernelRange(columns: SalesColumns): void {
  const money = absoluteTotal(columns.netFen) + absoluteTotal(columns.costFen);
  const quantity = absoluteTotal(columns.quantity);

  if (money > Number.MAX_SAFE_INTEGER) {
    throw new KernelRangeError(
      'the absolute net and cost amounts add up to 2^53 fen or more: too ' +
        'large for exact integer sums in the fast path',
    );
  }
  if (quantity > Number.MAX_SAFE_INTEGER) {
    throw new KernelRangeError(
      'the absolute quantities add up to 2^53 ten-thousandths or more: too ' +
        'large for exact integer sums in the fast path',
    );
  }
}
