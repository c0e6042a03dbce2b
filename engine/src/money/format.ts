// How figures are printed at the edge (DESIGN §4.3 rule 4, §4.4).
import type { Dec, RoundingModeName } from './dec.js';

export const PERCENT_DECIMALS = 4;

/** Percentages print with 4 decimals, half up. */
export function formatPercent(value: Dec): string {
  return value.round(PERCENT_DECIMALS, 'half_up').toString();
}

/** An amount rounded and printed at a fixed scale. */
export function formatAmount(
  value: Dec,
  scale: number,
  mode: RoundingModeName = 'half_up',
): string {
  return value.round(scale, mode).toString();
}
