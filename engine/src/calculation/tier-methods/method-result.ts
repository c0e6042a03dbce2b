// What a tier method returns: the exact entitlement and how it was made.
import type { Dec } from '../../money/dec.js';
import type { Band, EntitlementPart } from '../output.js';

/** The figures a tier is priced on; next-tier pricing moves them. */
export interface TierInputs {
  measure: Dec;
  base: Dec;
  quantity: Dec;
}

export interface MethodResult {
  exact: Dec;
  parts: EntitlementPart[];
  bands: Band[];
}
