// DESIGN §4.3 rule 13: an open period's figures scaled to the whole period,
// seasonally by last year's shape when there is one, else by run rate.
import { Dec } from '../money/dec.js';
import { addDays, inclusiveDays } from '../periods/dates.js';
import type { PeriodState } from '../periods/periods.js';
import { yearBackWindow } from '../periods/year-back.js';
import type { DateWindow } from '../periods/window.js';
import { evaluate, type Evaluation } from './evaluate.js';
import type { FigureSource } from './figure-source.js';
import { addFigures, scaleFigures, type Ratio } from './figures.js';
import type { TargetFigure } from './measures.js';
import type { ForecastMethod } from './output.js';
import type { ProgramPlan } from './plan.js';

export interface ForecastEvaluation {
  method: ForecastMethod;
  ratio: Ratio;
  evaluation: Evaluation;
}

/**
 * The windows an open period's forecast reads and its run-rate factor. They
 * depend on the program, the period and the as-of date only, so one frame
 * serves every customer of the program.
 */
export interface ForecastFrame {
  period: PeriodState;
  elapsed: DateWindow;
  lastYearWhole: DateWindow;
  lastYearPart: DateWindow;
  /** With `cumulative`, the earlier periods' part of the row's window. */
  before: DateWindow | null;
  /** Last year's window up to the period's end, when growth is used. */
  baselineWindow: DateWindow | null;
  runRate: Ratio;
}

/** `window` is the row's own window: it starts the growth baseline. */
export function forecastFrame(
  plan: ProgramPlan,
  period: PeriodState,
  window: DateWindow,
  asOf: string,
): ForecastFrame {
  const elapsed = { start: period.start, end: asOf };

  return {
    period,
    elapsed,
    lastYearWhole: yearBackWindow(period),
    lastYearPart: yearBackWindow(elapsed),
    before:
      window.start < period.start
        ? { start: window.start, end: addDays(period.start, -1) }
        : null,
    baselineWindow: plan.usesGrowth
      ? yearBackWindow({ start: window.start, end: period.end })
      : null,
    runRate: {
      numerator: Dec.fromInteger(inclusiveDays(period.start, period.end)),
      denominator: Dec.fromInteger(inclusiveDays(elapsed.start, elapsed.end)),
    },
  };
}

function forecastRatio(
  figuresIn: FigureSource,
  frame: ForecastFrame,
): { method: ForecastMethod; ratio: Ratio } {
  const lastYearWhole = figuresIn(frame.lastYearWhole).netAmount;
  const lastYearPart = figuresIn(frame.lastYearPart).netAmount;
  if (lastYearWhole.isPositive() && lastYearPart.isPositive()) {
    return {
      method: 'seasonal',
      ratio: { numerator: lastYearWhole, denominator: lastYearPart },
    };
  }

  return { method: 'run_rate', ratio: frame.runRate };
}

export function forecastPeriod(
  plan: ProgramPlan,
  figuresIn: FigureSource,
  frame: ForecastFrame,
  target: TargetFigure | null,
  earlierRebates: Dec,
): ForecastEvaluation {
  const { method, ratio } = forecastRatio(figuresIn, frame);

  // With `cumulative` only this period's own part is scaled.
  const own = scaleFigures(figuresIn(frame.elapsed), ratio);
  const figures =
    frame.before === null ? own : addFigures(figuresIn(frame.before), own);

  const baseline =
    frame.baselineWindow === null
      ? null
      : figuresIn(frame.baselineWindow).netAmount;

  return {
    method,
    ratio,
    evaluation: evaluate(plan, figures, baseline, target, earlierRebates),
  };
}
