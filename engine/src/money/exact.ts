// The one decimal.js configuration of the engine. A private clone, so that no
// other code in the process can change our precision or rounding by accident.
import { Decimal } from 'decimal.js';

/**
 * 50 significant digits keep every sum and product of money exact and give
 * percentages and ratios far more than the 20 digits DESIGN §4.3 rule 4 asks.
 * The exponent limits keep `toString` in plain notation, never `1e+21`.
 */
export const ExactDecimal = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

export type ExactDecimal = InstanceType<typeof ExactDecimal>;
