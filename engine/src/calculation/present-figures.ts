// How the row's figures print (DESIGN §4.4): amounts as computed, keeping
// their written decimals; percentages with 4 decimals; rebates at the
// program's scale; forecast measures with 2 decimals (4 for percentages).
import type { Dec } from '../money/dec.js';
import { formatPercent } from '../money/format.js';
import { isPercentMeasure } from '../program/kinds.js';
import type { ProgramPlan } from './plan.js';

const FORECAST_DECIMALS = 2;

export function formatRebate(plan: ProgramPlan, rebate: Dec): string {
  const { scale, mode } = plan.program.rounding;

  return rebate.round(scale, mode).toString();
}

export function formatMeasure(
  plan: ProgramPlan,
  measure: Dec | null,
): string | null {
  if (measure === null) return null;

  return isPercentMeasure(plan.program.measure)
    ? formatPercent(measure)
    : measure.toString();
}

export function formatForecastMeasure(
  plan: ProgramPlan,
  measure: Dec | null,
): string | null {
  if (measure === null) return null;

  return isPercentMeasure(plan.program.measure)
    ? formatPercent(measure)
    : measure.round(FORECAST_DECIMALS, 'half_up').toString();
}

export function formatOptional(value: Dec | null): string | null {
  return value === null ? null : value.toString();
}
