// Amounts arrive as decimal strings and are shown without ever becoming
// binary floats: Intl.NumberFormat formats a numeric string exactly.
import type { Locale } from '../i18n/translate';

function asNumericLiteral(value: string): Intl.StringNumericLiteral {
  return value as Intl.StringNumericLiteral;
}

/** 1234.5 CNY → ¥1,234.50 (zh-CN) or CN¥1,234.50 (en-US). */
export function formatMoney(
  amount: string,
  currency: string,
  locale: Locale,
): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
  }).format(asNumericLiteral(amount));
}

/** A decimal with grouping, its written decimals kept (up to 4). */
export function formatDecimal(value: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 4,
  }).format(asNumericLiteral(value));
}

/** "3.5" → 3.5% in the locale's way of writing it. */
export function formatPercent(valuePct: string, locale: Locale): string {
  return `${formatDecimal(valuePct, locale)}%`;
}

/** A large figure in the locale's short form for an axis tick, e.g. 1.2M. */
export function formatCompact(value: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(asNumericLiteral(value));
}
