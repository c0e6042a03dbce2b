// Field rules of DESIGN §4.1, on the text of one cell. Each parser returns
// the value (a normalized string) or a FieldProblem; nothing here turns a
// decimal into a binary float.
import { isCurrencyCode } from './iso-4217.js';

export class FieldProblem {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export interface DecimalRule {
  /** Decimals allowed after trailing zeros are dropped. */
  scale: number;
  /** Digits allowed before the decimal point (the column's precision). */
  integerDigits: number;
}

export const moneyRule: DecimalRule = { scale: 2, integerDigits: 16 };
export const quantityRule: DecimalRule = { scale: 4, integerDigits: 14 };
export const unitPriceRule: DecimalRule = { scale: 4, integerDigits: 14 };

const ZERO = 48;
const NINE = 57;
const POINT = 46;
const PLUS = 43;
const MINUS = 45;

/**
 * A decimal as a canonical string: no `+`, no leading zeros, at most
 * `rule.scale` decimals (trailing zeros beyond the scale are dropped, so
 * `12.3400` is a valid amount while `12.345` is refused). Scanned char by
 * char: it runs for every amount of a million-line file.
 */
export function parseDecimal(
  text: string,
  rule: DecimalRule,
): string | FieldProblem {
  const length = text.length;
  const first = text.charCodeAt(0);
  let at = first === MINUS || first === PLUS ? 1 : 0;
  const integerStart = at;
  while (at < length && isDigit(text.charCodeAt(at))) at += 1;
  const integerEnd = at;
  let fractionEnd = at;
  if (at < length && text.charCodeAt(at) === POINT) {
    at += 1;
    while (at < length && isDigit(text.charCodeAt(at))) at += 1;
    fractionEnd = at;
  }
  const written = fractionEnd - integerEnd - 1;
  if (at !== length || (integerEnd === integerStart && written <= 0)) {
    return new FieldProblem('bad_decimal', 'not a decimal number');
  }

  let scale = Math.max(written, 0);
  while (scale > rule.scale && text.charCodeAt(integerEnd + scale) === ZERO) {
    scale -= 1;
  }
  if (scale > rule.scale) {
    return new FieldProblem(
      'too_many_decimals',
      `too many decimals (max ${rule.scale})`,
    );
  }

  let leading = integerStart;
  while (leading < integerEnd - 1 && text.charCodeAt(leading) === ZERO) {
    leading += 1;
  }
  if (integerEnd - leading > rule.integerDigits) {
    return new FieldProblem(
      'bad_decimal',
      `too large (at most ${rule.integerDigits} digits before the point)`,
    );
  }

  const canonical =
    first !== PLUS &&
    leading === integerStart &&
    integerEnd > integerStart &&
    written !== 0 &&
    scale === Math.max(written, 0);
  if (canonical) return text;

  const digits = integerEnd > leading ? text.slice(leading, integerEnd) : '0';
  const fraction =
    scale > 0 ? text.slice(integerEnd + 1, integerEnd + 1 + scale) : '';
  const value = fraction ? `${digits}.${fraction}` : digits;
  return first === MINUS && decimalSign(value) !== 0 ? `-${value}` : value;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** A decimal string without trailing zeros, so equal values compare equal. */
export function decimalKey(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** -1, 0 or 1 for a decimal string. */
export function decimalSign(value: string): -1 | 0 | 1 {
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (code > ZERO && code <= NINE) {
      return value.charCodeAt(0) === MINUS ? -1 : 1;
    }
  }
  return 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date written `YYYY-MM-DD`. */
export function parseDate(text: string): string | FieldProblem {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const shaped =
    text.length === 10 &&
    text.charCodeAt(4) === MINUS &&
    text.charCodeAt(7) === MINUS;
  if (!shaped || year < 0 || month < 0 || day < 0) {
    return new FieldProblem('bad_date', 'not a date (expected YYYY-MM-DD)');
  }

  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 1 || monthDays === undefined || day < 1 || day > monthDays) {
    return new FieldProblem('bad_date', 'no such date');
  }
  return text;
}

/** The number written by `count` digits at `start`, or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let at = start; at < start + count; at++) {
    const code = text.charCodeAt(at);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - ZERO);
  }
  return value;
}

const MAX_INT4 = 2_147_483_647;

/** A non-negative whole number that fits PostgreSQL's integer. */
export function parseLineNumber(text: string): number | FieldProblem {
  if (!/^\d{1,10}$/.test(text)) {
    return new FieldProblem('bad_integer', 'not a whole number');
  }
  const value = Number.parseInt(text, 10);
  if (value > MAX_INT4) {
    return new FieldProblem('bad_integer', `larger than ${MAX_INT4}`);
  }
  return value;
}

/** An ISO 4217 code; empty means CNY (DESIGN §4.1). */
export function parseCurrency(text: string): string | FieldProblem {
  if (text === '' || text === 'CNY') return 'CNY';
  const code = text.toUpperCase();
  if (!isCurrencyCode(code)) {
    return new FieldProblem('unknown_currency', 'not an ISO 4217 code');
  }
  return code;
}

const PERCENT_RULE: DecimalRule = { scale: 2, integerDigits: 3 };

/** A VAT rate like `13%` (or `13`), as the percentage figure `"13"`. */
export function parsePercent(text: string): string | FieldProblem {
  const figure = parseDecimal(text.replace(/\s*%$/, ''), PERCENT_RULE);
  if (figure instanceof FieldProblem) {
    return figure.code === 'bad_decimal'
      ? new FieldProblem('bad_percent', 'not a percentage like 13%')
      : figure;
  }
  if (decimalSign(figure) < 0 || isAboveHundred(figure)) {
    return new FieldProblem('bad_percent', 'must be between 0% and 100%');
  }
  return figure;
}

function isAboveHundred(figure: string): boolean {
  const [whole = '', fraction = ''] = figure.split('.');
  if (whole === '100') return /[1-9]/.test(fraction);
  return whole.length >= 3;
}
