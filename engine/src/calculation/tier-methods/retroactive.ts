// DESIGN §4.3 rule 7: the reached tier prices the whole base (全额累进).
import { sumDec } from '../../money/dec.js';
import type { EntitlementPart } from '../output.js';
import type { TierPlan } from '../plan.js';
import type { MethodResult, TierInputs } from './method-result.js';

export function retroactive(tier: TierPlan, inputs: TierInputs): MethodResult {
  const parts: EntitlementPart[] = [];
  const amounts = [];

  if (tier.rate !== null && tier.ratePct !== null) {
    const amount = inputs.base.times(tier.rate);
    amounts.push(amount);
    parts.push({
      kind: 'rate',
      tier: tier.tier,
      on: inputs.base.toString(),
      ratePct: tier.ratePct.toString(),
      amount: amount.toString(),
    });
  }
  if (tier.perUnit !== null) {
    const amount = inputs.quantity.times(tier.perUnit);
    amounts.push(amount);
    parts.push({
      kind: 'per_unit',
      tier: tier.tier,
      quantity: inputs.quantity.toString(),
      perUnit: tier.perUnit.toString(),
      amount: amount.toString(),
    });
  }
  if (tier.amount !== null) {
    amounts.push(tier.amount);
    parts.push({
      kind: 'lump_sum',
      tier: tier.tier,
      amount: tier.amount.toString(),
    });
  }

  return { exact: sumDec(amounts), parts, bands: [] };
}
