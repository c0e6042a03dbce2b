// DESIGN §4.4 order: rows by program code, customer code (by code point) and
// period start; warnings by program and reason. Both calculation paths end
// here, so they cannot disagree on order.
import { compareCodePoints } from './order.js';
import type {
  CalculationOutput,
  CalculationWarning,
  RebateResult,
} from './output.js';

function compareResults(a: RebateResult, b: RebateResult): number {
  return (
    compareCodePoints(a.programCode, b.programCode) ||
    compareCodePoints(a.customerCode, b.customerCode) ||
    compareCodePoints(a.period.start, b.period.start)
  );
}

function compareWarnings(a: CalculationWarning, b: CalculationWarning) {
  return (
    compareCodePoints(a.programCode, b.programCode) ||
    compareCodePoints(a.reason, b.reason)
  );
}

/** Sorts in place: the arrays are the caller's own, freshly built. */
export function assembleOutput(
  results: RebateResult[],
  warnings: CalculationWarning[],
): CalculationOutput {
  return {
    results: results.sort(compareResults),
    warnings: warnings.sort(compareWarnings),
  };
}
