// Integer minor units (分) for fast paths that sum money as plain integers.
// Doubles hold every integer below 2^53 exactly, so that is the guard: about
// 90 trillion yuan, far above any one customer's figures.
import { Dec } from './dec.js';

const FEN_PER_YUAN = Dec.HUNDRED;

export const MAX_SAFE_FEN = Number.MAX_SAFE_INTEGER;

/** Throws when the amount has more than 2 decimals or is out of range. */
export function toFen(amount: Dec): number {
  const fen = amount.times(FEN_PER_YUAN).toSafeInteger();
  if (fen === null) {
    throw new RangeError(
      `${amount.toString()} is not a whole number of fen below 2^53`,
    );
  }

  return fen;
}

export function isSafeFen(fen: number): boolean {
  return Number.isSafeInteger(fen);
}

/** Back to an amount with 2 decimals. */
export function fromFen(fen: number): Dec {
  if (!isSafeFen(fen)) {
    throw new RangeError(`${String(fen)} fen is not a safe integer`);
  }

  return Dec.fromInteger(fen).dividedBy(FEN_PER_YUAN).round(2, 'half_up');
}
