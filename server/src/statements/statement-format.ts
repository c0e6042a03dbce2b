// How a statement prints figures: the decimal strings of the document with
// thousands separators, never through a binary float, so what the customer
// reads is digit for digit what was computed.
import type { MeasureKind } from '@tierline/engine';

export type FigureUnit = 'money' | 'quantity' | 'percent';

export function unitOfMeasure(measure: MeasureKind): FigureUnit {
  switch (measure) {
    case 'net_amount':
    case 'gross_margin':
    case 'collected_amount':
      return 'money';
    case 'quantity':
      return 'quantity';
    case 'growth_pct':
    case 'target_pct':
      return 'percent';
  }
}

/** "1234567.8900" → "1,234,567.8900"; "-0.5" → "-0.5". */
export function groupDigits(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (match === null) return decimal;

  const [, sign = '', whole = '', fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');

  return `${sign}${grouped}${fraction}`;
}

/** A figure in its unit: grouped money or quantity, a percent with "%". */
export function formatFigure(value: string | null, unit: FigureUnit): string {
  if (value === null) return '—';

  return unit === 'percent' ? `${value}%` : groupDigits(value);
}

/** An amount with its sign always shown, for adjustments. */
export function formatSigned(amount: string): string {
  return amount.startsWith('-')
    ? groupDigits(amount)
    : `+${groupDigits(amount)}`;
}
