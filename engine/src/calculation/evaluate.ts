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

  // Rule 5: a failed condition earns nothing, with no tier and no tier reason.
  if (failed.length > 0 || measure === null || base === null) {
    const settlement = settle(plan, null, earlierRebates);

    return {
      measures,
      conditions,
      blocked: true,
      pricing: null,
      tier: 0,
      exact: null,
      settlement,
      reasons: orderReasons([...failed, ...settlement.reasons]),
    };
  }

  const inputs = { measure, base, quantity };
  const { pricing, settlement } = priceAndSettle(plan, inputs, earlierRebates);
  const tierReasons = pricing.tier === null ? [pricing.reason] : [];

  return {
    measures,
    conditions,
    blocked: false,
    pricing,
    tier: pricing.tier?.tier ?? 0,
    exact: pricing.tier === null ? null : pricing.exact,
    settlement,
    reasons: orderReasons([...tierReasons, ...settlement.reasons]),
  };
}
