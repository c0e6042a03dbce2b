// DESIGN §4.3 rule 4: the measure and the base from a window's figures, with
// growth against last year's baseline and achievement against targets.
import { Dec } from '../money/dec.js';
import type { BaseKind, MeasureKind } from '../program/program.js';
import { grossMargin, type Figures } from './figures.js';
import type { ProgramPlan } from './plan.js';

/** The customer's target for the window: null total when one is missing. */
export interface TargetFigure {
  total: Dec | null;
  /** Every target present and each one positive. */
  usable: boolean;
}

export interface Measures {
  measure: Dec | null;
  base: Dec | null;
  netAmount: Dec;
  quantity: Dec;
  /** Null unless the program uses growth. */
  baseline: Dec | null;
  /** Exact; null unless growth is used and the baseline is positive. */
  growthPct: Dec | null;
  /** Null unless the program uses targets. */
  target: Dec | null;
  /** Exact; null unless a usable target exists. */
  targetPct: Dec | null;
}

function positivePart(value: Dec): Dec {
  return value.isPositive() ? value : Dec.ZERO;
}

/** (M − B) / B × 100, multiplied first so the division happens once. */
export function growthPctOf(netAmount: Dec, baseline: Dec): Dec {
  return netAmount.minus(baseline).times(Dec.HUNDRED).dividedBy(baseline);
}

export function targetPctOf(netAmount: Dec, target: Dec): Dec {
  return netAmount.times(Dec.HUNDRED).dividedBy(target);
}

interface FigureSource {
  figures: Figures;
  netAmount: Dec;
  baseline: Dec | null;
  target: TargetFigure | null;
  growthPct: Dec | null;
  targetPct: Dec | null;
}

function figureOf(
  kind: MeasureKind | BaseKind,
  source: FigureSource,
): Dec | null {
  const { baseline, target, netAmount } = source;

  switch (kind) {
    case 'net_amount':
    case 'collected_amount':
      return netAmount;
    case 'quantity':
      return source.figures.quantity;
    case 'gross_margin':
      return grossMargin(source.figures);
    case 'growth_pct':
      return source.growthPct;
    case 'target_pct':
      return source.targetPct;
    case 'growth_amount':
      return baseline !== null && baseline.isPositive()
        ? positivePart(netAmount.minus(baseline))
        : null;
    case 'target_excess':
      return target?.usable === true && target.total !== null
        ? positivePart(netAmount.minus(target.total))
        : null;
  }
}

export function computeMeasures(
  plan: ProgramPlan,
  figures: Figures,
  baseline: Dec | null,
  target: TargetFigure | null,
): Measures {
  const netAmount = figures.netAmount;
  const growthPct =
    baseline !== null && baseline.isPositive()
      ? growthPctOf(netAmount, baseline)
      : null;
  const targetPct =
    target?.usable === true && target.total !== null
      ? targetPctOf(netAmount, target.total)
      : null;
  const source = { figures, netAmount, baseline, target, growthPct, targetPct };

  return {
    measure: figureOf(plan.program.measure, source),
    base: figureOf(plan.program.base, source),
    netAmount,
    quantity: figures.quantity,
    baseline,
    growthPct,
    target: target?.total ?? null,
    targetPct,
  };
}
