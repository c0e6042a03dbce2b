// The `tierline calculate --format json` shape of DESIGN §4.4: snake_case
// keys in the documented order, decimal strings, null where a figure does not
// apply. Explanations stay in the camelCase output only.
import type {
  CalculationOutput,
  Forecast,
  NextTier,
  RebateResult,
  ReasonCode,
  WarningReason,
} from './output.js';

export interface CalculateJsonNext {
  tier: number;
  from: string;
  gap: string;
  gap_amount: string | null;
  rebate: string;
}

export interface CalculateJsonForecast {
  method: Forecast['method'];
  measure: string | null;
  tier: number;
  rebate: string;
}

export interface CalculateJsonResult {
  program: string;
  customer: string;
  period: { start: string; end: string; open: boolean };
  measure: string | null;
  base: string | null;
  net_amount: string;
  baseline: string | null;
  growth_pct: string | null;
  target: string | null;
  target_pct: string | null;
  tier: number;
  exact: string;
  rebate: string;
  reasons: ReasonCode[];
  next: CalculateJsonNext | null;
  forecast: CalculateJsonForecast | null;
}

export interface CalculateJsonWarning {
  program: string;
  reason: WarningReason;
  lines: number;
}

export interface CalculateJson {
  results: CalculateJsonResult[];
  warnings: CalculateJsonWarning[];
}

function nextToJson(next: NextTier): CalculateJsonNext {
  return {
    tier: next.tier,
    from: next.from,
    gap: next.gap,
    gap_amount: next.gapAmount,
    rebate: next.rebate,
  };
}

function forecastToJson(forecast: Forecast): CalculateJsonForecast {
  return {
    method: forecast.method,
    measure: forecast.measure,
    tier: forecast.tier,
    rebate: forecast.rebate,
  };
}

function resultToJson(result: RebateResult): CalculateJsonResult {
  return {
    program: result.programCode,
    customer: result.customerCode,
    period: {
      start: result.period.start,
      end: result.period.end,
      open: result.period.open,
    },
    measure: result.measure,
    base: result.base,
    net_amount: result.netAmount,
    baseline: result.baseline,
    growth_pct: result.growthPct,
    target: result.target,
    target_pct: result.targetPct,
    tier: result.tier,
    exact: result.exact,
    rebate: result.rebate,
    reasons: [...result.reasons],
    next: result.next === null ? null : nextToJson(result.next),
    forecast: result.forecast === null ? null : forecastToJson(result.forecast),
  };
}

export function toCalculateJson(output: CalculationOutput): CalculateJson {
  return {
    results: output.results.map(resultToJson),
    warnings: output.warnings.map((warning) => ({
      program: warning.programCode,
      reason: warning.reason,
      lines: warning.lines,
    })),
  };
}
