// An exact decimal that remembers how many decimals it was written with, so
// "120000.00" + "180000.00" prints "300000.00" and 300000.00 × 3.5 % prints
// "10500.00000": sums keep the larger scale, products add the scales.
import { ExactDecimal } from './exact.js';

export type RoundingModeName = 'half_up' | 'half_even';

const ROUNDING_MODES = {
  half_up: ExactDecimal.ROUND_HALF_UP,
  half_even: ExactDecimal.ROUND_HALF_EVEN,
} as const;

export class Dec {
  static readonly ZERO = new Dec(new ExactDecimal(0), 0);
  static readonly HUNDRED = new Dec(new ExactDecimal(100), 0);

  private constructor(
    private readonly value: ExactDecimal,
    readonly scale: number,
  ) {}

  /** Trusted literals only (tests, constants); input goes through parse.ts. */
  static of(text: string): Dec {
    const value = new ExactDecimal(text);

    return new Dec(value, value.decimalPlaces());
  }

  static fromInteger(value: number): Dec {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`not a safe integer: ${String(value)}`);
    }

    return new Dec(new ExactDecimal(value), 0);
  }

  /** For parse.ts: the digits were checked, the scale is the written one. */
  static fromChecked(text: string, scale: number): Dec {
    return new Dec(new ExactDecimal(text), scale);
  }

  plus(other: Dec): Dec {
    return new Dec(
      this.value.plus(other.value),
      Math.max(this.scale, other.scale),
    );
  }

  minus(other: Dec): Dec {
    return new Dec(
      this.value.minus(other.value),
      Math.max(this.scale, other.scale),
    );
  }

  times(other: Dec): Dec {
    return new Dec(this.value.times(other.value), this.scale + other.scale);
  }

  /**
   * Exact when the quotient terminates within the precision, else correct to
   * 50 significant digits; the scale is whatever the quotient needs.
   */
  dividedBy(other: Dec): Dec {
    const value = this.value.dividedBy(other.value);

    return new Dec(value, value.decimalPlaces());
  }

  negated(): Dec {
    return new Dec(this.value.negated(), this.scale);
  }

  cmp(other: Dec): -1 | 0 | 1 {
    const order = this.value.comparedTo(other.value);

    return order < 0 ? -1 : order > 0 ? 1 : 0;
  }

  eq(other: Dec): boolean {
    return this.value.equals(other.value);
  }

  gt(other: Dec): boolean {
    return this.value.greaterThan(other.value);
  }

  gte(other: Dec): boolean {
    return this.value.greaterThanOrEqualTo(other.value);
  }

  lt(other: Dec): boolean {
    return this.value.lessThan(other.value);
  }

  lte(other: Dec): boolean {
    return this.value.lessThanOrEqualTo(other.value);
  }

  isZero(): boolean {
    return this.value.isZero();
  }

  /** Strictly above zero. */
  isPositive(): boolean {
    return this.value.greaterThan(0);
  }

  /** Strictly below zero. */
  isNegative(): boolean {
    return this.value.lessThan(0);
  }

  /** Rounds to `scale` decimals with a named mode and prints that many. */
  round(scale: number, mode: RoundingModeName): Dec {
    return new Dec(
      this.value.toDecimalPlaces(scale, ROUNDING_MODES[mode]),
      scale,
    );
  }

  /** Rounds towards zero, e.g. a cap, so a capped rebate never exceeds it. */
  truncate(scale: number): Dec {
    return new Dec(
      this.value.toDecimalPlaces(scale, ExactDecimal.ROUND_DOWN),
      scale,
    );
  }

  /** Rounds towards +∞, e.g. a gap up to the next fen. */
  ceil(scale: number): Dec {
    return new Dec(
      this.value.toDecimalPlaces(scale, ExactDecimal.ROUND_CEIL),
      scale,
    );
  }

  /** Plain notation with exactly `scale` decimals; never "-0". */
  toString(): string {
    const plain = this.value.isZero() ? '0' : this.value.toString();
    const [whole = '0', fraction = ''] = plain.split('.');

    if (this.scale === 0) return whole;

    return `${whole}.${fraction.padEnd(this.scale, '0')}`;
  }

  /** The value with no trailing zeros, e.g. for explanations. */
  toPlainString(): string {
    return this.value.isZero() ? '0' : this.value.toString();
  }

  /** The integer value, for callers that checked `isInteger` and its range. */
  toSafeInteger(): number | null {
    if (!this.value.isInteger()) return null;
    if (this.value.abs().greaterThan(Number.MAX_SAFE_INTEGER)) return null;

    return this.value.toNumber();
  }

  isInteger(): boolean {
    return this.value.isInteger();
  }
}

export function maxDec(a: Dec, b: Dec): Dec {
  return b.gt(a) ? b : a;
}

export function minDec(a: Dec, b: Dec): Dec {
  return b.lt(a) ? b : a;
}

export function sumDec(values: Iterable<Dec>): Dec {
  let total = Dec.ZERO;
  for (const value of values) total = total.plus(value);

  return total;
}
