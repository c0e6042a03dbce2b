// One customer's rows in one program: its started periods in order, each
// knowing the rebates of the periods before it (caps, cumulative mode).
import { Dec } from '../money/dec.js';
import type { PeriodState } from '../periods/periods.js';
import { yearBackWindow } from '../periods/year-back.js';
import { periodWindow } from '../periods/window.js';
import { buildResult } from './build-result.js';
import { evaluate } from './evaluate.js';
import type { FigureSource } from './figure-source.js';
import { forecastPeriod } from './forecast.js';
import type { TargetFigure } from './measures.js';
import { nextTier } from './next-tier.js';
import type { RebateResult } from './output.js';
import type { ProgramPlan } from './plan.js';
import type { TargetBook } from './targets.js';

export interface CustomerRun {
  plan: ProgramPlan;
  customerCode: string;
  /** The customer's figures for any window the rules ask about. */
  figuresIn: FigureSource;
  periods: readonly PeriodState[];
  targets: TargetBook;
  asOf: string;
}

function targetFor(run: CustomerRun, index: number): TargetFigure | null {
  const { plan } = run;
  if (!plan.usesTarget) return null;

  const cumulative = plan.program.period.accumulate === 'cumulative';
  const periods = cumulative
    ? run.periods.slice(0, index + 1)
    : run.periods.slice(index, index + 1);

  return run.targets.figureFor(plan.program.code, run.customerCode, periods);
}

export function customerResults(run: CustomerRun): RebateResult[] {
  const { plan, figuresIn, asOf } = run;
  const results: RebateResult[] = [];
  let earlierRebates = Dec.ZERO;

  run.periods.forEach((period, index) => {
    const window = periodWindow(plan.program.period, period, asOf);
    const figures = figuresIn(window);
    const baselineWindow = plan.usesGrowth ? yearBackWindow(window) : null;
    const baseline =
      baselineWindow === null ? null : figuresIn(baselineWindow).netAmount;
    const target = targetFor(run, index);

    const evaluation = evaluate(
      plan,
      figures,
      baseline,
      target,
      earlierRebates,
    );
    const next = nextTier(plan, evaluation, earlierRebates);
    const forecast = period.open
      ? forecastPeriod(
          plan,
          figuresIn,
          period,
          window,
          asOf,
          target,
          earlierRebates,
        )
      : null;

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
  });

  return results;
}
