// Dec holds most values as safe integers of their smallest printed unit and
// the rest in decimal.js. Either way it must behave exactly like decimal.js
// with a remembered scale: these properties hold every operation to that,
// around 2^53, at large scales and with long quotients included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../src/money/exact.js';
import { Dec, type RoundingModeName } from '../src/index.js';

/** The plain decimal.js model: a value and the scale it prints with. */
interface Model {
  value: ExactDecimal;
  scale: number;
}

function printed(model: Model): string {
  const plain = model.value.isZero() ? '0' : model.value.toString();
  const [whole = '0', fraction = ''] = plain.split('.');
  if (model.scale === 0) return whole;

  return `${whole}.${fraction.padEnd(model.scale, '0')}`;
}

function plainOf(model: Model): string {
  return model.value.isZero() ? '0' : model.value.toString();
}

function same(dec: Dec, model: Model): void {
  expect(dec.toString()).toBe(printed(model));
  expect(dec.scale).toBe(model.scale);
  expect(dec.toPlainString()).toBe(plainOf(model));
}

/** Decimal text of 1 to 30 digits, many of them near 2^53 units. */
const decimalText = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
      fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
      fc.bigInt({ min: 2n ** 53n - 3000n, max: 2n ** 53n + 3000n }),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    ),
    fc.integer({ min: 0, max: 25 }),
  )
  .map(([units, decimals]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units)
      .toString()
      .padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    const fraction = digits.slice(digits.length - decimals);
    const sign = negative ? '-' : '';

    return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
  });

/** Written with its own decimals, or with more (trailing zeros), or fewer. */
const operand = fc
  .tuple(decimalText, fc.integer({ min: -3, max: 6 }))
  .map(([text, extra]) => {
    const value = new ExactDecimal(text);
    const written = text.includes('.')
      ? text.length - text.indexOf('.') - 1
      : 0;
    const scale = Math.max(0, written + extra);

    return {
      dec: Dec.fromChecked(text, scale),
      model: { value, scale },
    };
  });

const modes: RoundingModeName[] = ['half_up', 'half_even'];

/** A shared machine can run a thousand cases slowly; none is a speed test. */
const TIMEOUT_MS = 60_000;

describe('Dec', () => {
  describe('when read from text at any scale', () => {
    it(
      'prints exactly what decimal.js prints',
      () => {
        fc.assert(
          fc.property(operand, ({ dec, model }) => {
            same(dec, model);
          }),
          { numRuns: 1_000 },
        );
      },
      TIMEOUT_MS,
    );
  });

  describe('when made from an integer count of a smaller unit', () => {
    it('is that count × 10^−decimals, printed with the scale asked for', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.constant(0),
            fc.integer({ min: -1_000_000, max: 1_000_000 }),
            fc.maxSafeInteger(),
          ),
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 6 }),
          (units, decimals, scale) => {
            same(Dec.fromUnits(units, decimals, scale), {
              value: new ExactDecimal(units).dividedBy(10 ** decimals),
              scale,
            });
          },
        ),
        { numRuns: 1_000 },
      );
    });
  });

  describe('when two values are added, subtracted, multiplied or compared', () => {
    it(
      'gives decimal.js results with the remembered scales',
      () => {
        fc.assert(
          fc.property(operand, operand, (a, b) => {
            same(a.dec.plus(b.dec), {
              value: a.model.value.plus(b.model.value),
              scale: Math.max(a.model.scale, b.model.scale),
            });
            same(a.dec.minus(b.dec), {
              value: a.model.value.minus(b.model.value),
              scale: Math.max(a.model.scale, b.model.scale),
            });
            same(a.dec.times(b.dec), {
              value: a.model.value.times(b.model.value),
              scale: a.model.scale + b.model.scale,
            });
            expect(a.dec.cmp(b.dec)).toBe(
              a.model.value.comparedTo(b.model.value),
            );
            expect(a.dec.eq(b.dec)).toBe(a.model.value.equals(b.model.value));
          }),
          { numRuns: 1_000 },
        );
      },
      TIMEOUT_MS,
    );
  });

  describe('when one value is divided by another', () => {
    it(
      'gives the decimal.js quotient and its decimal places',
      () => {
        const divisor = fc.oneof(
          operand,
          fc
            .constantFrom('2', '4', '5', '8', '16', '25', '100', '0.5', '1.25')
            .map((text) => ({
              dec: Dec.of(text),
              model: {
                value: new ExactDecimal(text),
                scale: new ExactDecimal(text).decimalPlaces(),
              },
            })),
        );
        fc.assert(
          fc.property(operand, divisor, (a, b) => {
            fc.pre(!b.model.value.isZero());
            const quotient = a.model.value.dividedBy(b.model.value);
            same(a.dec.dividedBy(b.dec), {
              value: quotient,
              scale: quotient.decimalPlaces(),
            });
          }),
          { numRuns: 1_000 },
        );
      },
      TIMEOUT_MS,
    );
  });

  describe('when rounded, truncated or rounded up to fewer or more decimals', () => {
    it(
      'rounds as decimal.js does in every mode',
      () => {
        fc.assert(
          fc.property(
            operand,
            fc.integer({ min: 0, max: 8 }),
            fc.constantFrom(...modes),
            ({ dec, model }, scale, mode) => {
              const exactMode =
                mode === 'half_up'
                  ? ExactDecimal.ROUND_HALF_UP
                  : ExactDecimal.ROUND_HALF_EVEN;
              same(dec.round(scale, mode), {
                value: model.value.toDecimalPlaces(scale, exactMode),
                scale,
              });
              same(dec.truncate(scale), {
                value: model.value.toDecimalPlaces(
                  scale,
                  ExactDecimal.ROUND_DOWN,
                ),
                scale,
              });
              same(dec.ceil(scale), {
                value: model.value.toDecimalPlaces(
                  scale,
                  ExactDecimal.ROUND_CEIL,
                ),
                scale,
              });
            },
          ),
          { numRuns: 1_000 },
        );
      },
      TIMEOUT_MS,
    );
  });

  describe('when asked for its sign, integer value or negation', () => {
    it(
      'answers as decimal.js does',
      () => {
        fc.assert(
          fc.property(operand, ({ dec, model }) => {
            const { value } = model;
            expect(dec.isZero()).toBe(value.isZero());
            expect(dec.isPositive()).toBe(value.greaterThan(0));
            expect(dec.isNegative()).toBe(value.lessThan(0));
            expect(dec.isInteger()).toBe(value.isInteger());
            const safe =
              value.isInteger() && value.abs().lte(Number.MAX_SAFE_INTEGER)
                ? value.toNumber()
                : null;
            expect(dec.toSafeInteger()).toBe(safe === 0 ? 0 : safe);
            same(dec.negated(), { value: value.negated(), scale: model.scale });
          }),
          { numRuns: 1_000 },
        );
      },
      TIMEOUT_MS,
    );
  });

  describe('when two equal values of one scale come by different routes', () => {
    it('compares equal field by field', () => {
      const viaSum = Dec.of('0.1').plus(Dec.of('0.2'));
      const viaQuotient = Dec.of('0.9').dividedBy(Dec.of('3'));
      const long = Dec.of('123456789012345678901234567890');

      expect(viaSum).toEqual(Dec.fromChecked('0.3', 1));
      expect(viaQuotient).toEqual(Dec.fromChecked('0.3', 1));
      expect(long.minus(long.minus(Dec.of('7')))).toEqual(Dec.of('7'));
    });
  });
});
