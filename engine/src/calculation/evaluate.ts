// One row's figures through DESIGN §4.3 rules 4–11: measures, conditions,
// tier, exact entitlement, rounding, caps and rebate. Used for the row
// itself and for its forecast; next-tier pricing reuses `priceAndSettle`.
import type { Dec } from '../money/dec.js';
import { checkConditions } from './conditions.js';
import type { Figures } from './figures.js';
import {
  computeMeasures,
  type Measures,
  type TargetFigure,
} from './measures.js';
import type { ConditionCheck, ReasonCode } from './output.js';
import type { ProgramPlan } from './plan.js';
import { orderReasons } from './reasons.js';
import { settle, type Settlement } from './settle.js';
import type { TierInputs } from './tier-methods/method-result.js';
import { priceTier, type Pricing } from './tier-methods/price-tier.js';

export interface Evaluation {
  measures: Measures;
  conditions: ConditionCheck[];
  /** A condition (or a figure acting like one) failed: no tier, no next. */
  blocked: boolean;
  pricing: Pricing | null;
  /** 1-based; 0 when none. */
  tier: number;
  /** Null when nothing was earned: printed as "0". */
  exact: Dec | null;
  settlement: Settlement;
  reasons: ReasonCode[];
}

export interface PricedSettlement {
  pricing: Pricing;
  settlement: Settlement;
}

export function priceAndSettle(
  plan: ProgramPlan,
  inputs: TierInputs,
  earlierRebates: Dec,
): PricedSettlement {
  const pricing = priceTier(plan.program.method, plan.tiers, inputs);
  const exact = pricing.tier === null ? null : pricing.exact;

  return { pricing, settlement: settle(plan, exact, earlierRebates) };
}

export function evaluate(
  plan: ProgramPlan,
  figures: Figures,
  baseline: Dec | null,
  target: TargetFigure | null,
  earlierRebates: Dec,
): Evaluation {
  const measures = computeMeasures(plan, figures, baseline, target);
  const conditions = checkConditions(plan, figures, measures);
  const failed = conditions.flatMap((check) =>
    check.passed || check.reason === null ? [] : [check.reason],
  );

  const { measure, base, quantity } = measures;
  const priced =
    failed.length > 0 || measure === null || base === null
      ? null
      : priceAndSettle(plan, { measure, base, quantity }, earlierRebates);
  const settlement = priced?.settlement ?? settle(plan, null, earlierRebates);
  const pricing = priced?.pricing ?? null;
  const tierReason =
    pricing !== null && pricing.tier === null ? [pricing.reason] : [];
  const exact =
    pricing === null || pricing.tier === null ? null : pricing.exact;

  return {
    measures,
    conditions,
    blocked: priced === null,
    pricing,
    tier: pricing?.tier?.tier ?? 0,
    exact,
    settlement,
    reasons: orderReasons([...failed, ...tierReason, ...settlement.reasons]),
  };
}
