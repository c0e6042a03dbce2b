// One customer's rows in one program: its started periods in order, each
// knowing the rebates of the periods before it (caps, cumulative mode).
import { Dec } from '../money/dec.js';
import type { PeriodState } from '../periods/periods.js';
import { yearBackWindow } from '../periods/year-back.js';
import { periodWindow, type DateWindow } from '../periods/window.js';
import { buildResult } from './build-result.js';
import { evaluate } from './evaluate.js';
import type { FigureSource } from './figure-source.js';
import {
  forecastFrame,
  forecastPeriod,
  type ForecastFrame,
} from './forecast.js';
import type { TargetFigure } from './measures.js';
import { nextTier } from './next-tier.js';
import type { RebateResult } from './output.js';
import type { ProgramPlan } from './plan.js';
import type { TargetBook } from './targets.js';

/**
 * What one period's rows ask about besides a customer's figures: its
 * windows and the periods its targets cover. They depend on the program,
 * its periods and the as-of date only, so a program's frames are made once
 * and shared by all its customers.
 */
export interface PeriodFrame {
  period: PeriodState;
  window: DateWindow;
  baselineWindow: DateWindow | null;
  /** This period alone, or with `cumulative` every period so far. */
  targetPeriods: readonly PeriodState[];
  /** Open periods only. */
  forecast: ForecastFrame | null;
}

export function periodFrames(
  plan: ProgramPlan,
  periods: readonly PeriodState[],
  asOf: string,
): PeriodFrame[] {
  const cumulative = plan.program.period.accumulate === 'cumulative';

  return periods.map((period, index) => {
    const window = periodWindow(plan.program.period, period, asOf);

    return {
      period,
      window,
      baselineWindow: plan.usesGrowth ? yearBackWindow(window) : null,
      targetPeriods: cumulative
        ? periods.slice(0, index + 1)
        : periods.slice(index, index + 1),
      forecast: period.open ? forecastFrame(plan, period, window, asOf) : null,
    };
  });
}

export interface CustomerRun {
  plan: ProgramPlan;
  customerCode: string;
  /** The customer's figures for any window the rules ask about. */
  figuresIn: FigureSource;
  /** The program's started periods, from `periodFrames`. */
  frames: readonly PeriodFrame[];
  targets: TargetBook;
}

function targetFor(run: CustomerRun, frame: PeriodFrame): TargetFigure | null {
  const { plan } = run;
  if (!plan.usesTarget) return null;

  return run.targets.figureFor(
    plan.program.code,
    run.customerCode,
    frame.targetPeriods,
  );
}

export function customerResults(run: CustomerRun): RebateResult[] {
  const { plan, figuresIn } = run;
  const results: RebateResult[] = [];
  let earlierRebates = Dec.ZERO;

  for (const frame of run.frames) {
    const { period, window, baselineWindow } = frame;
    const figures = figuresIn(window);
    const baseline =
      baselineWindow === null ? null : figuresIn(baselineWindow).netAmount;
    const target = targetFor(run, frame);

    const evaluation = evaluate(
      plan,
      figures,
      baseline,
      target,
      earlierRebates,
    );
    const next = nextTier(plan, evaluation, earlierRebates);
    const forecast =
      frame.forecast === null
        ? null
        : forecastPeriod(
            plan,
            figuresIn,
            frame.forecast,
            target,
            earlierRebates,
          );

    results.push(
      buildResult({
        plan,
        customerCode: run.customerCode,
        period,
        window,
        baselineWindow,
        figures,
        evaluation,
        earlierRebates,
        next,
        forecast,
      }),
    );
    earlierRebates = earlierRebates.plus(evaluation.settlement.rebate);
  }

  return results;
}
