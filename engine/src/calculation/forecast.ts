// DESIGN §4.3 rule 13: an open period's figures scaled to the whole period,
// seasonally by last year's shape when there is one, else by run rate.
import { Dec } from '../money/dec.js';
import { addDays, inclusiveDays } from '../periods/dates.js';
import type { PeriodState } from '../periods/periods.js';
import { yearBackWindow } from '../periods/year-back.js';
import type { DateWindow } from '../periods/window.js';
import { evaluate, type Evaluation } from './evaluate.js';
import type { FigureSource } from './figure-source.js';
import { NO_FIGURES, addFigures, scaleFigures, type Ratio } from './figures.js';
import type { TargetFigure } from './measures.js';
import type { ForecastMethod } from './output.js';
import type { ProgramPlan } from './plan.js';

export interface ForecastEvaluation {
  method: ForecastMethod;
  ratio: Ratio;
  evaluation: Evaluation;
}

function forecastRatio(
  figuresIn: FigureSource,
  period: PeriodState,
  elapsed: DateWindow,
): { method: ForecastMethod; ratio: Ratio } {
  const lastYearWhole = figuresIn(yearBackWindow(period)).netAmount;
  const lastYearPart = figuresIn(yearBackWindow(elapsed)).netAmount;
  if (lastYearWhole.isPositive() && lastYearPart.isPositive()) {
    return {
      method: 'seasonal',
      ratio: { numerator: lastYearWhole, denominator: lastYearPart },
    };
  }

  return {
    method: 'run_rate',
    ratio: {
      numerator: Dec.fromInteger(inclusiveDays(period.start, period.end)),
      denominator: Dec.fromInteger(inclusiveDays(elapsed.start, elapsed.end)),
    },
  };
}

/** `window` is the row's own window: it starts the growth baseline. */
export function forecastPeriod(
  plan: ProgramPlan,
  figuresIn: FigureSource,
  period: PeriodState,
  window: DateWindow,
  asOf: string,
  target: TargetFigure | null,
  earlierRebates: Dec,
): ForecastEvaluation {
  const elapsed = { start: period.start, end: asOf };
  const { method, ratio } = forecastRatio(figuresIn, period, elapsed);

  // With `cumulative` only this period's own part is scaled.
  const before =
    window.start < period.start
      ? figuresIn({ start: window.start, end: addDays(period.start, -1) })
      : NO_FIGURES;
  const own = scaleFigures(figuresIn(elapsed), ratio);
  const figures = addFigures(before, own);

  const baseline = plan.usesGrowth
    ? figuresIn(yearBackWindow({ start: window.start, end: period.end }))
        .netAmount
    : null;

  return {
    method,
    ratio,
    evaluation: evaluate(plan, figures, baseline, target, earlierRebates),
  };
}
