// Strict readers for the decimals that reach the engine. Anything that is not
// a plain decimal (no exponent, no thousands separator, no spaces) is refused,
// so nothing is ever read approximately.
import { Dec } from './dec.js';

export type DecParseResult =
  { ok: true; value: Dec } | { ok: false; reason: string };

const PLAIN_DECIMAL = /^-?\d+(?:\.(\d+))?$/;
const PERCENT = /^(\d+(?:\.\d+)?)%$/;

/** Doubles read every decimal of up to 15 significant digits exactly. */
export const MAX_NUMBER_DIGITS = 15;

export const MONEY_DECIMALS = 2;
export const QUANTITY_DECIMALS = 4;

export function parseDecimal(
  text: string,
  maxDecimals: number = Number.POSITIVE_INFINITY,
): DecParseResult {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) {
    return { ok: false, reason: `"${text}" is not a plain decimal number` };
  }

  const scale = match[1]?.length ?? 0;
  if (scale > maxDecimals) {
    return {
      ok: false,
      reason: `"${text}" has more than ${String(maxDecimals)} decimals`,
    };
  }

  return { ok: true, value: Dec.fromChecked(text, scale) };
}

export function parseMoney(text: string): DecParseResult {
  return parseDecimal(text, MONEY_DECIMALS);
}

export function parseQuantity(text: string): DecParseResult {
  return parseDecimal(text, QUANTITY_DECIMALS);
}

/** "3.5%" reads as 3.5: the percentage, not the fraction. */
export function parsePercent(text: string): DecParseResult {
  const match = PERCENT.exec(text);
  const digits = match?.[1];
  if (digits === undefined) {
    return {
      ok: false,
      reason: `"${text}" is not a percentage written with %, like "2.5%"`,
    };
  }

  return parseDecimal(digits);
}

/**
 * Digits from the first non-zero one to the last: what must survive the trip
 * through a binary double for a number in a program file to be read exactly.
 */
export function significantDigits(numberText: string): number {
  const mantissa = numberText.replace(/^[+-]/, '').split(/[eE]/)[0] ?? '';
  const digits = mantissa
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');

  return digits.length;
}

/**
 * A number from a program file. `written` is its text in the file when known:
 * a JSON or YAML reader has already rounded longer numbers to a double.
 */
export function parseProgramNumber(
  value: number,
  written: string = String(value),
): DecParseResult {
  if (!Number.isFinite(value)) {
    return { ok: false, reason: `${written} is not a finite number` };
  }
  if (significantDigits(written) > MAX_NUMBER_DIGITS) {
    return {
      ok: false,
      reason:
        `${written} has more than ${String(MAX_NUMBER_DIGITS)} significant ` +
        'digits and cannot be read exactly; write it as a string',
    };
  }

  return { ok: true, value: Dec.of(String(value)) };
}

/** For decimals the caller has validated already; throws on anything else. */
export function decimalOrThrow(text: string, maxDecimals?: number): Dec {
  const parsed = parseDecimal(text, maxDecimals);
  if (!parsed.ok) throw new RangeError(parsed.reason);

  return parsed.value;
}
