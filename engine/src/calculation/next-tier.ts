// DESIGN §4.3 rule 12: how far the next tier is, in the measure's unit and in
// net sales, and what this row's rebate would be at its threshold.
import { Dec, maxDec } from '../money/dec.js';
import { formatPercent } from '../money/format.js';
import { isPercentMeasure } from '../program/kinds.js';
import type { BaseKind, MeasureKind } from '../program/program.js';
import { priceAndSettle, type Evaluation } from './evaluate.js';
import type { Measures } from './measures.js';
import type { NextTier } from './output.js';
import type { ProgramPlan } from './plan.js';
import { formatRebate } from './present-figures.js';
import type { TierInputs } from './tier-methods/method-result.js';

const FEN = 2;

/** Net and collected amounts are one figure: Σ net_amount of the same lines. */
function isSameFigure(measure: MeasureKind, base: BaseKind): boolean {
  const sales = ['net_amount', 'collected_amount'];

  return measure === base || (sales.includes(measure) && sales.includes(base));
}

/** The extra net sales that close the gap, rounded up to the fen. */
function gapAmountOf(
  measureKind: MeasureKind,
  measures: Measures,
  from: Dec,
  gap: Dec,
): Dec | null {
  const { netAmount, baseline, target } = measures;

  switch (measureKind) {
    case 'quantity':
      return null;
    case 'growth_pct':
      // Growth reaches `from` when net sales are B + from × B / 100.
      return baseline === null
        ? null
        : baseline
            .times(from)
            .dividedBy(Dec.HUNDRED)
            .plus(baseline)
            .minus(netAmount)
            .ceil(FEN);
    case 'target_pct':
      return target === null
        ? null
        : target.times(from).dividedBy(Dec.HUNDRED).minus(netAmount).ceil(FEN);
    default:
      return gap.ceil(FEN);
  }
}

/** A percentage measure moves net sales; the base follows where it can. */
function percentInputs(
  plan: ProgramPlan,
  measures: Measures,
  from: Dec,
  gapAmount: Dec,
): TierInputs {
  const netAmount = measures.netAmount.plus(gapAmount);
  const { baseline, target, quantity } = measures;
  const base = measures.base ?? Dec.ZERO;

  switch (plan.program.base) {
    case 'net_amount':
    case 'collected_amount':
      return { measure: from, base: netAmount, quantity };
    case 'growth_amount':
      return {
        measure: from,
        base: maxDec(netAmount.minus(baseline ?? Dec.ZERO), Dec.ZERO),
        quantity,
      };
    case 'target_excess':
      return {
        measure: from,
        base: maxDec(netAmount.minus(target ?? Dec.ZERO), Dec.ZERO),
        quantity,
      };
    default:
      return { measure: from, base, quantity };
  }
}

function movedInputs(
  plan: ProgramPlan,
  measures: Measures,
  from: Dec,
  gapAmount: Dec | null,
): TierInputs {
  const { measure, base } = plan.program;
  if (isPercentMeasure(measure) && gapAmount !== null) {
    return percentInputs(plan, measures, from, gapAmount);
  }

  const movesBase = isSameFigure(measure, base);

  return {
    measure: from,
    base: movesBase ? from : (measures.base ?? Dec.ZERO),
    quantity: measure === 'quantity' ? from : measures.quantity,
  };
}

export function nextTier(
  plan: ProgramPlan,
  evaluation: Evaluation,
  earlierRebates: Dec,
): NextTier | null {
  const { measures } = evaluation;
  if (evaluation.blocked || measures.measure === null) return null;

  const next = plan.tiers[evaluation.tier];
  if (next === undefined) return null;

  const measureKind = plan.program.measure;
  const gap = next.from.minus(measures.measure);
  const gapAmount = gapAmountOf(measureKind, measures, next.from, gap);
  const inputs = movedInputs(plan, measures, next.from, gapAmount);
  const { settlement } = priceAndSettle(plan, inputs, earlierRebates);

  return {
    tier: next.tier,
    from: next.fromText,
    gap: isPercentMeasure(measureKind) ? formatPercent(gap) : gap.toString(),
    gapAmount: gapAmount?.toString() ?? null,
    rebate: formatRebate(plan, settlement.rebate),
  };
}
