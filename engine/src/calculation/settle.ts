// DESIGN §4.3 rules 9–11: round the exact entitlement once, cap it, and turn
// it into this period's rebate (a difference, in cumulative mode).
import { Dec, maxDec } from '../money/dec.js';
import type { CapStep, ReasonCode } from './output.js';
import type { ProgramPlan } from './plan.js';

export interface Settlement {
  /** The exact entitlement rounded once, before any cap. */
  rounded: Dec;
  /** After the caps; in cumulative mode the entitlement for the term so far. */
  entitlement: Dec;
  rebate: Dec;
  reasons: ReasonCode[];
  caps: CapStep[];
}

interface Capped {
  value: Dec;
  step: CapStep;
}

/** Caps round towards zero to the rebate's scale: no rebate exceeds one. */
function applyCap(
  cap: CapStep['cap'],
  value: Dec,
  limit: Dec,
  room: Dec,
): Capped {
  const applied = value.gt(room);

  return {
    value: applied ? room : value,
    step: {
      cap,
      limit: limit.toString(),
      room: room.toString(),
      before: value.toString(),
      after: (applied ? room : value).toString(),
      applied,
    },
  };
}

/**
 * `exact` is null when no tier was reached or a condition failed: the
 * entitlement is then 0, and in cumulative mode the rebate claws back.
 */
export function settle(
  plan: ProgramPlan,
  exact: Dec | null,
  earlierRebates: Dec,
): Settlement {
  const { scale, mode } = plan.program.rounding;
  const zero = Dec.ZERO.round(scale, mode);
  const reasons: ReasonCode[] = [];
  const caps: CapStep[] = [];

  let rounded = exact === null ? zero : exact.round(scale, mode);
  if (rounded.isNegative()) {
    rounded = zero;
    reasons.push('negative_base');
  }

  let entitlement = rounded;
  const cumulative = plan.program.period.accumulate === 'cumulative';

  if (plan.capPerPeriod !== null && !cumulative) {
    const limit = plan.capPerPeriod.truncate(scale);
    const capped = applyCap('per_period', entitlement, limit, limit);
    entitlement = capped.value;
    caps.push(capped.step);
    if (capped.step.applied) reasons.push('cap_per_period');
  }

  if (plan.capTotal !== null) {
    const limit = plan.capTotal.truncate(scale);
    // In period mode the total is shared with the earlier periods' rebates.
    const room = cumulative ? limit : maxDec(limit.minus(earlierRebates), zero);
    const capped = applyCap('total', entitlement, limit, room);
    entitlement = capped.value;
    caps.push(capped.step);
    if (capped.step.applied) reasons.push('cap_total');
  }

  const rebate = cumulative ? entitlement.minus(earlierRebates) : entitlement;

  return { rounded, entitlement, rebate, reasons, caps };
}
