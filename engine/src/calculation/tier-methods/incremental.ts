// DESIGN §4.3 rule 8: each band of the measure earns its own tier's price
// (超额累进), plus the lump sum of every tier reached.
import { Dec, minDec, sumDec } from '../../money/dec.js';
import type { Band, EntitlementPart } from '../output.js';
import type { TierPlan } from '../plan.js';
import type { MethodResult, TierInputs } from './method-result.js';

/** max(0, min(M, upper) − from); the last band has no upper bound. */
function bandPart(measure: Dec, from: Dec, upper: Dec | null): Dec {
  const top = upper === null ? measure : minDec(measure, upper);
  const part = top.minus(from);

  return part.isPositive() ? part : Dec.ZERO;
}

export function incremental(
  tiers: readonly TierPlan[],
  inputs: TierInputs,
): MethodResult {
  const measure = inputs.measure;
  const parts: EntitlementPart[] = [];
  const bands: Band[] = [];
  const amounts: Dec[] = [];

  tiers.forEach((tier, index) => {
    const upper = tiers[index + 1]?.from ?? null;
    const part = bandPart(measure, tier.from, upper);
    bands.push({
      tier: tier.tier,
      from: tier.from.toString(),
      to: upper?.toString() ?? null,
      part: part.toString(),
    });

    // Validation lets a rate stand only on a money measure and a per_unit
    // only on quantity, so each band has at most one price.
    if (tier.rate !== null && tier.ratePct !== null) {
      const amount = part.times(tier.rate);
      amounts.push(amount);
      parts.push({
        kind: 'rate',
        tier: tier.tier,
        on: part.toString(),
        ratePct: tier.ratePct.toString(),
        amount: amount.toString(),
      });
    } else if (tier.perUnit !== null) {
      const amount = part.times(tier.perUnit);
      amounts.push(amount);
      parts.push({
        kind: 'per_unit',
        tier: tier.tier,
        quantity: part.toString(),
        perUnit: tier.perUnit.toString(),
        amount: amount.toString(),
      });
    }

    if (tier.amount !== null && tier.from.lte(measure)) {
      amounts.push(tier.amount);
      parts.push({
        kind: 'lump_sum',
        tier: tier.tier,
        amount: tier.amount.toString(),
      });
    }
  });

  return { exact: sumDec(amounts), parts, bands };
}
