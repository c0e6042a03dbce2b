// Demo money is integer fen (分). Every product of two figures goes through
// `mulDiv`, which refuses results past 2^53, where integers stop being exact.

export function fenToDecimal(fen: number): string {
  assertSafe(fen);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** round(value × numerator / denominator), halves away from zero. */
export function mulDiv(
  value: number,
  numerator: number,
  denominator: number,
): number {
  const product = value * numerator;
  assertSafe(product);

  const quotient = Math.trunc(product / denominator);
  const remainder = product - quotient * denominator;
  if (2 * Math.abs(remainder) >= Math.abs(denominator)) {
    return quotient + Math.sign(remainder) * Math.sign(denominator);
  }
  return quotient;
}

export function assertSafe(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${value} is not an exact integer amount of fen`);
  }
}
