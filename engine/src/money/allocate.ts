// Splits an amount into parts proportional to weights, to the fen, so that the
// parts add up to the amount exactly (the largest-remainder method).
import { Dec, sumDec } from './dec.js';

const FEN = Dec.of('0.01');

/**
 * Each weight's exact share of `total` is cut down to the fen; the fen left
 * over then go, one each, to the parts with the largest cut-off remainders
 * (ties: the larger weight, then the earlier part). `total` must have at most
 * 2 decimals and be ≥ 0; weights must be ≥ 0 with a positive sum. The exact
 * shares are rational with a denominator of at most the weights' sum in fen,
 * so the 50 significant digits of a quotient never move a share across a fen.
 */
export function allocateByLargestRemainder(
  total: Dec,
  weights: readonly Dec[],
): Dec[] {
  const weightSum = sumDec(weights);
  if (!weightSum.isPositive()) {
    throw new RangeError('weights must have a positive sum');
  }
  if (total.isNegative() || !total.round(2, 'half_up').eq(total)) {
    throw new RangeError(`${total.toString()} is not an amount of whole fen`);
  }

  const shares = weights.map((weight) =>
    total.times(weight).dividedBy(weightSum),
  );
  const floors = shares.map((share) => share.truncate(2));
  const leftoverFen = total
    .minus(sumDec(floors))
    .dividedBy(FEN)
    .toSafeInteger();
  if (leftoverFen === null) throw new RangeError('leftover is not whole fen');

  const order = shares
    .map((share, index) => ({
      index,
      remainder: share.minus(floors[index] ?? Dec.ZERO),
      weight: weights[index] ?? Dec.ZERO,
    }))
    .sort(
      (a, b) =>
        b.remainder.cmp(a.remainder) ||
        b.weight.cmp(a.weight) ||
        a.index - b.index,
    );
  const receives = new Set(order.slice(0, leftoverFen).map((p) => p.index));

  return floors.map((floor, index) =>
    receives.has(index) ? floor.plus(FEN) : floor,
  );
}
