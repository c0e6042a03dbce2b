// Turns one row's evaluation into the result the API and statements show:
// the §4.4 figures, printed, and the explanation behind them.
import type { Dec } from '../money/dec.js';
import { formatPercent } from '../money/format.js';
import type { DateWindow } from '../periods/window.js';
import type { Evaluation } from './evaluate.js';
import type { Figures } from './figures.js';
import type { ForecastEvaluation } from './forecast.js';
import type {
  Explanation,
  Forecast,
  NextTier,
  Period,
  RebateResult,
} from './output.js';
import type { ProgramPlan } from './plan.js';
import {
  formatForecastMeasure,
  formatMeasure,
  formatOptional,
  formatRebate,
} from './present-figures.js';

export interface RowFacts {
  plan: ProgramPlan;
  customerCode: string;
  period: Period;
  window: DateWindow;
  baselineWindow: DateWindow | null;
  figures: Figures;
  evaluation: Evaluation;
  earlierRebates: Dec;
  next: NextTier | null;
  forecast: ForecastEvaluation | null;
}

function presentForecast(
  plan: ProgramPlan,
  forecast: ForecastEvaluation,
): Forecast {
  const { evaluation, ratio } = forecast;

  return {
    method: forecast.method,
    factor: ratio.numerator.dividedBy(ratio.denominator).toPlainString(),
    measure: formatForecastMeasure(plan, evaluation.measures.measure),
    tier: evaluation.tier,
    rebate: formatRebate(plan, evaluation.settlement.rebate),
  };
}

function explain(facts: RowFacts): Explanation {
  const { plan, evaluation, figures } = facts;
  const { program } = plan;
  const { pricing, settlement, measures } = evaluation;
  const priced = pricing !== null && pricing.tier !== null ? pricing : null;
  const cumulative = program.period.accumulate === 'cumulative';

  return {
    measureKind: program.measure,
    baseKind: program.base,
    method: program.method,
    window: facts.window,
    baselineWindow: facts.baselineWindow,
    countedLines: figures.countedLines,
    growthPctExact: formatOptional(measures.growthPct),
    targetPctExact: formatOptional(measures.targetPct),
    conditions: evaluation.conditions,
    bands: priced?.bands ?? [],
    parts: priced?.parts ?? [],
    rounding: {
      scale: program.rounding.scale,
      mode: program.rounding.mode,
      rounded: settlement.rounded.toString(),
    },
    caps: settlement.caps,
    cumulative: cumulative
      ? {
          entitlement: settlement.entitlement.toString(),
          earlierRebates: formatRebate(plan, facts.earlierRebates),
        }
      : null,
  };
}

function formatPercentOrNull(value: Dec | null): string | null {
  return value === null ? null : formatPercent(value);
}

export function buildResult(facts: RowFacts): RebateResult {
  const { plan, evaluation } = facts;
  const { measures } = evaluation;

  return {
    programCode: plan.program.code,
    customerCode: facts.customerCode,
    period: facts.period,
    measure: formatMeasure(plan, measures.measure),
    base: formatOptional(measures.base),
    netAmount: measures.netAmount.toString(),
    baseline: formatOptional(measures.baseline),
    growthPct: formatPercentOrNull(measures.growthPct),
    target: formatOptional(measures.target),
    targetPct: formatPercentOrNull(measures.targetPct),
    tier: evaluation.tier,
    exact: evaluation.exact?.toString() ?? '0',
    rebate: formatRebate(plan, evaluation.settlement.rebate),
    reasons: evaluation.reasons,
    next: facts.next,
    forecast:
      facts.forecast === null ? null : presentForecast(plan, facts.forecast),
    explanation: explain(facts),
  };
}
