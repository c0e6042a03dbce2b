// A measure, threshold or gap is written in the unit of the program's
// measure: money with its currency, a quantity, or a percentage.
import type { MeasureUnit } from '../features/programs/chart/tier-curve';
import type { Locale } from '../i18n/translate';
import { formatDecimal, formatMoney, formatPercent } from '../money/format';

export function formatMeasure(
  value: string | null,
  unit: MeasureUnit,
  currency: string,
  locale: Locale,
): string {
  if (value === null) return '';
  if (unit === 'money') return formatMoney(value, currency, locale);
  if (unit === 'percent') return formatPercent(value, locale);

  return formatDecimal(value, locale);
}
