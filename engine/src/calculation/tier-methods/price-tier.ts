// DESIGN §4.3 rules 6–8: the tier reached and the exact entitlement, by the
// program's tier method.
import type { TierMethod } from '../../program/program.js';
import type { TierPlan } from '../plan.js';
import { incremental } from './incremental.js';
import type { MethodResult, TierInputs } from './method-result.js';
import { reachedTier } from './reached-tier.js';
import { retroactive } from './retroactive.js';

export type Pricing =
  | ({ tier: TierPlan } & MethodResult)
  | { tier: null; reason: 'below_first_tier' | 'non_positive_measure' };

function priceBy(
  method: TierMethod,
  tiers: readonly TierPlan[],
  tier: TierPlan,
  inputs: TierInputs,
): MethodResult {
  switch (method) {
    case 'retroactive':
      return retroactive(tier, inputs);
    case 'incremental':
      return incremental(tiers, inputs);
    default:
      return assertNever(method);
  }
}

function assertNever(method: never): never {
  throw new Error(`unknown tier method: ${String(method)}`);
}

export function priceTier(
  method: TierMethod,
  tiers: readonly TierPlan[],
  inputs: TierInputs,
): Pricing {
  const reached = reachedTier(tiers, inputs.measure);
  if (!reached.reached) return { tier: null, reason: reached.reason };

  return {
    tier: reached.tier,
    ...priceBy(method, tiers, reached.tier, inputs),
  };
}
