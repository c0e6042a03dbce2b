// An exact decimal that remembers how many decimals it was written with, so
// "120000.00" + "180000.00" prints "300000.00" and 300000.00 × 3.5 % prints
// "10500.00000": sums keep the larger scale, products add the scales.
//
// Almost every figure of a calculation is a whole number of its smallest
// printed unit that fits a double exactly (below 2^53): a fen, a ten-thousandth
// of a percent. Such a value is held as that integer, and sums, products,
// comparisons and rounding are integer arithmetic, checked against 2^53 at
// every step. Anything else (a long quotient, a product beyond 2^53) is held
// by decimal.js, which gives the very same exact results, only slower.
import { ExactDecimal } from './exact.js';

export type RoundingModeName = 'half_up' | 'half_even';

const ROUNDING_MODES = {
  half_up: ExactDecimal.ROUND_HALF_UP,
  half_even: ExactDecimal.ROUND_HALF_EVEN,
} as const;

type IntegerRounding = 'half_up' | 'half_even' | 'down' | 'ceil';

const MAX_UNITS = Number.MAX_SAFE_INTEGER;

/** Below this, `units − q × 10^k` stays below 2^53 for every k ≤ 15. */
const MAX_DIVIDEND = 2 ** 52;

/** Powers of ten that doubles hold exactly. */
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** units × 10^k, or NaN when that is not a safe integer. */
function shifted(units: number, k: number): number {
  if (units === 0) return 0;
  const power = POWERS[k];
  if (power === undefined) return Number.NaN;
  const product = units * power;

  return Math.abs(product) <= MAX_UNITS ? product : Number.NaN;
}

/** units ÷ 10^k rounded to an integer; NaN when out of the exact range. */
function rounded(units: number, k: number, mode: IntegerRounding): number {
  const power = POWERS[k];
  if (power === undefined || k > 15 || Math.abs(units) > MAX_DIVIDEND) {
    return Number.NaN;
  }

  const magnitude = Math.abs(units);
  let quotient = Math.floor(magnitude / power);
  let remainder = magnitude - quotient * power;
  // The double quotient can land one off; the remainder says which way.
  if (remainder < 0) {
    quotient -= 1;
    remainder += power;
  } else if (remainder >= power) {
    quotient += 1;
    remainder -= power;
  }

  const negative = units < 0;
  const twice = remainder * 2;
  let away = false;
  switch (mode) {
    case 'half_up':
      away = twice >= power;
      break;
    case 'half_even':
      away = twice > power || (twice === power && quotient % 2 === 1);
      break;
    case 'down':
      away = false;
      break;
    case 'ceil':
      away = !negative && remainder > 0;
      break;
  }
  if (away) quotient += 1;

  return negative && quotient !== 0 ? -quotient : quotient;
}

export class Dec {
  static readonly ZERO = new Dec(0, null, 0);
  static readonly HUNDRED = new Dec(100, null, 0);

  /**
   * `units`: the value × 10^scale when that is a safe integer (and `big` is
   * null); otherwise `big` holds the value and `units` is 0. Which one holds
   * a value follows from the value and the scale alone, so two equal
   * decimals of the same scale are alike field by field.
   */
  private constructor(
    private readonly units: number,
    private readonly big: ExactDecimal | null,
    readonly scale: number,
  ) {}

  /** A decimal.js value in the form the rules above prescribe. */
  private static ofExact(value: ExactDecimal, scale: number): Dec {
    if (value.isZero()) return new Dec(0, null, scale);
    const power = POWERS[scale];
    if (power !== undefined && value.decimalPlaces() <= scale) {
      const units = value.times(power);
      if (units.abs().lte(MAX_UNITS)) {
        return new Dec(units.toNumber(), null, scale);
      }
    }

    return new Dec(0, value, scale);
  }

  /** Trusted literals only (tests, constants); input goes through parse.ts. */
  static of(text: string): Dec {
    const value = new ExactDecimal(text);

    return Dec.ofExact(value, value.decimalPlaces());
  }

  static fromInteger(value: number): Dec {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`not a safe integer: ${String(value)}`);
    }

    return new Dec(value + 0, null, 0);
  }

  /** For parse.ts: the digits were checked, the scale is the written one. */
  static fromChecked(text: string, scale: number): Dec {
    const negative = text.startsWith('-');
    const dot = text.indexOf('.');
    const digits =
      dot < 0
        ? text.slice(negative ? 1 : 0)
        : text.slice(negative ? 1 : 0, dot) + text.slice(dot + 1);
    const decimals = dot < 0 ? 0 : text.length - dot - 1;
    // Fifteen digits always read exactly as a double.
    if (digits.length <= 15 && decimals <= scale && scale < POWERS.length) {
      const units = shifted(Number(digits), scale - decimals);
      if (!Number.isNaN(units)) {
        return new Dec(negative && units !== 0 ? -units : units, null, scale);
      }
    }

    return Dec.ofExact(new ExactDecimal(text), scale);
  }

  /** units × 10^−decimals, printed with `scale` decimals. */
  static fromUnits(units: number, decimals: number, scale: number): Dec {
    if (!Number.isSafeInteger(units)) {
      throw new RangeError(`${String(units)} is not a safe integer`);
    }
    if (decimals <= scale && scale < POWERS.length) {
      const scaled = shifted(units, scale - decimals);
      if (!Number.isNaN(scaled)) return new Dec(scaled + 0, null, scale);
    }

    const power = POWERS[decimals];
    if (power === undefined) {
      throw new RangeError(`10^${String(decimals)} is out of range`);
    }
    const extra = POWERS[decimals - scale];
    if (extra !== undefined && units % extra === 0) {
      return new Dec(units / extra + 0, null, scale);
    }

    return Dec.ofExact(new ExactDecimal(units).dividedBy(power), scale);
  }

  /** The value as decimal.js holds it, for the slow paths. */
  private exact(): ExactDecimal {
    if (this.big !== null) return this.big;
    if (this.scale === 0) return new ExactDecimal(this.units);

    return new ExactDecimal(`${String(this.units)}e-${String(this.scale)}`);
  }

  plus(other: Dec): Dec {
    const scale = Math.max(this.scale, other.scale);
    if (this.big === null && other.big === null) {
      const a = shifted(this.units, scale - this.scale);
      const b = shifted(other.units, scale - other.scale);
      const sum = a + b;
      if (Math.abs(sum) <= MAX_UNITS) return new Dec(sum + 0, null, scale);
    }

    return Dec.ofExact(this.exact().plus(other.exact()), scale);
  }

  minus(other: Dec): Dec {
    const scale = Math.max(this.scale, other.scale);
    if (this.big === null && other.big === null) {
      const a = shifted(this.units, scale - this.scale);
      const b = shifted(other.units, scale - other.scale);
      const difference = a - b;
      if (Math.abs(difference) <= MAX_UNITS) {
        return new Dec(difference + 0, null, scale);
      }
    }

    return Dec.ofExact(this.exact().minus(other.exact()), scale);
  }

  times(other: Dec): Dec {
    const scale = this.scale + other.scale;
    if (this.big === null && other.big === null) {
      // A product of safe integers below 2^53 is exact; above, it fails here.
      const product = this.units * other.units;
      if (Math.abs(product) <= MAX_UNITS && POWERS[scale] !== undefined) {
        return new Dec(product + 0, null, scale);
      }
    }

    return Dec.ofExact(this.exact().times(other.exact()), scale);
  }

  /**
   * A quotient of two integer-held values, when it terminates: a ÷ b does
   * exactly when b without its factors 2 and 5 divides a, and then a × 10^k
   * divides by b for k the larger count of those factors.
   */
  private exactQuotient(other: Dec): Dec | null {
    if (this.big !== null || other.big !== null || other.units === 0) {
      return null;
    }

    let rest = Math.abs(other.units);
    let twos = 0;
    let fives = 0;
    while (rest % 2 === 0) {
      rest /= 2;
      twos += 1;
    }
    while (rest % 5 === 0) {
      rest /= 5;
      fives += 1;
    }
    if (this.units % rest !== 0) return null;

    const shift = Math.max(twos, fives);
    const dividend = shifted(this.units, shift);
    if (Number.isNaN(dividend)) return null;

    // The value is quotient × 10^−decimals.
    let quotient = dividend / other.units + 0;
    let decimals = this.scale + shift - other.scale;
    if (decimals < 0) {
      quotient = shifted(quotient, -decimals);
      if (Number.isNaN(quotient)) return null;
      decimals = 0;
    }
    while (decimals > 0 && quotient % 10 === 0) {
      quotient /= 10;
      decimals -= 1;
    }
    if (quotient === 0) decimals = 0;

    return POWERS[decimals] === undefined
      ? null
      : new Dec(quotient, null, decimals);
  }

  /**
   * Exact when the quotient terminates within the precision, else correct to
   * 50 significant digits; the scale is whatever the quotient needs.
   */
  dividedBy(other: Dec): Dec {
    const quick = this.exactQuotient(other);
    if (quick !== null) return quick;

    const value = this.exact().dividedBy(other.exact());

    return Dec.ofExact(value, value.decimalPlaces());
  }

  negated(): Dec {
    if (this.big === null) return new Dec(-this.units + 0, null, this.scale);

    return Dec.ofExact(this.big.negated(), this.scale);
  }

  cmp(other: Dec): -1 | 0 | 1 {
    if (this.big === null && other.big === null) {
      const scale = Math.max(this.scale, other.scale);
      const a = shifted(this.units, scale - this.scale);
      const b = shifted(other.units, scale - other.scale);
      if (!Number.isNaN(a) && !Number.isNaN(b)) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
    }

    const order = this.exact().comparedTo(other.exact());

    return order < 0 ? -1 : order > 0 ? 1 : 0;
  }

  eq(other: Dec): boolean {
    return this.cmp(other) === 0;
  }

  gt(other: Dec): boolean {
    return this.cmp(other) > 0;
  }

  gte(other: Dec): boolean {
    return this.cmp(other) >= 0;
  }

  lt(other: Dec): boolean {
    return this.cmp(other) < 0;
  }

  lte(other: Dec): boolean {
    return this.cmp(other) <= 0;
  }

  isZero(): boolean {
    return this.big === null ? this.units === 0 : this.big.isZero();
  }

  /** Strictly above zero. */
  isPositive(): boolean {
    return this.big === null ? this.units > 0 : this.big.greaterThan(0);
  }

  /** Strictly below zero. */
  isNegative(): boolean {
    return this.big === null ? this.units < 0 : this.big.lessThan(0);
  }

  private roundTo(
    scale: number,
    mode: IntegerRounding,
    exactMode: Parameters<ExactDecimal['toDecimalPlaces']>[1],
  ): Dec {
    if (this.big === null) {
      const units =
        scale >= this.scale
          ? shifted(this.units, scale - this.scale)
          : rounded(this.units, this.scale - scale, mode);
      if (!Number.isNaN(units) && POWERS[scale] !== undefined) {
        return new Dec(units, null, scale);
      }
    }

    return Dec.ofExact(this.exact().toDecimalPlaces(scale, exactMode), scale);
  }

  /** Rounds to `scale` decimals with a named mode and prints that many. */
  round(scale: number, mode: RoundingModeName): Dec {
    return this.roundTo(scale, mode, ROUNDING_MODES[mode]);
  }

  /** Rounds towards zero, e.g. a cap, so a capped rebate never exceeds it. */
  truncate(scale: number): Dec {
    return this.roundTo(scale, 'down', ExactDecimal.ROUND_DOWN);
  }

  /** Rounds towards +∞, e.g. a gap up to the next fen. */
  ceil(scale: number): Dec {
    return this.roundTo(scale, 'ceil', ExactDecimal.ROUND_CEIL);
  }

  /** Plain notation with exactly `scale` decimals; never "-0". */
  toString(): string {
    if (this.big === null) {
      const { units, scale } = this;
      const negative = units < 0;
      let digits = String(negative ? -units : units);
      if (scale === 0) return negative ? `-${digits}` : digits;
      if (digits.length <= scale) {
        digits = '0'.repeat(scale - digits.length + 1) + digits;
      }
      const whole = digits.slice(0, digits.length - scale);
      const fraction = digits.slice(digits.length - scale);

      return `${negative ? '-' : ''}${whole}.${fraction}`;
    }

    const plain = this.big.isZero() ? '0' : this.big.toString();
    const [whole = '0', fraction = ''] = plain.split('.');

    if (this.scale === 0) return whole;

    return `${whole}.${fraction.padEnd(this.scale, '0')}`;
  }

  /** The value with no trailing zeros, e.g. for explanations. */
  toPlainString(): string {
    if (this.big !== null) {
      return this.big.isZero() ? '0' : this.big.toString();
    }

    const text = this.toString();
    if (this.scale === 0) return text;
    const trimmed = text.replace(/\.?0+$/, '');

    return trimmed === '-0' ? '0' : trimmed;
  }

  /** The integer value, for callers that checked `isInteger` and its range. */
  toSafeInteger(): number | null {
    if (this.big !== null) {
      if (!this.big.isInteger()) return null;
      if (this.big.abs().greaterThan(MAX_UNITS)) return null;

      return this.big.toNumber();
    }

    const power = POWERS[this.scale];
    if (power === undefined) return this.units === 0 ? 0 : null;

    return this.units % power === 0 ? this.units / power + 0 : null;
  }

  isInteger(): boolean {
    return this.toSafeInteger() !== null || (this.big?.isInteger() ?? false);
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
