// DESIGN §4.3 rule 6: the highest tier whose `from` the measure reaches.
import type { Dec } from '../../money/dec.js';
import type { TierPlan } from '../plan.js';

export type TierReached =
  | { reached: true; tier: TierPlan }
  | { reached: false; reason: 'below_first_tier' | 'non_positive_measure' };

export function reachedTier(
  tiers: readonly TierPlan[],
  measure: Dec,
): TierReached {
  if (!measure.isPositive()) {
    return { reached: false, reason: 'non_positive_measure' };
  }

  let highest: TierPlan | null = null;
  for (const tier of tiers) {
    if (tier.from.lte(measure)) highest = tier;
  }

  return highest === null
    ? { reached: false, reason: 'below_first_tier' }
    : { reached: true, tier: highest };
}
