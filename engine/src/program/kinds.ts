// What each measure and base is measured in (DESIGN §4.2, §4.3 rule 4).
import type { BaseKind, MeasureKind } from './program.js';

export function isMoneyMeasure(measure: MeasureKind): boolean {
  return (
    measure === 'net_amount' ||
    measure === 'gross_margin' ||
    measure === 'collected_amount'
  );
}

export function isPercentMeasure(measure: MeasureKind): boolean {
  return measure === 'growth_pct' || measure === 'target_pct';
}

export function isMoneyBase(base: BaseKind): boolean {
  return base !== 'quantity';
}

/** The base is the measure, or net sales for a percentage measure. */
export function defaultBase(measure: MeasureKind): BaseKind {
  switch (measure) {
    case 'growth_pct':
    case 'target_pct':
      return 'net_amount';
    default:
      return measure;
  }
}
