// Reason codes print in the order DESIGN §4.4 lists them, each once.
import { REASON_CODES, type ReasonCode } from './output.js';

export function orderReasons(reasons: readonly ReasonCode[]): ReasonCode[] {
  // Most rows have no reason or one: nothing to order.
  if (reasons.length < 2) return [...reasons];

  const present = new Set(reasons);

  return REASON_CODES.filter((reason) => present.has(reason));
}
