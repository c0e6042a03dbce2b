// Exact arithmetic on decimal strings for the few figures the console
// derives itself; everything else arrives computed by the server.
import { Decimal } from 'decimal.js';

/** a − b, exactly, as a decimal string. */
export function differenceOf(a: string, b: string): string {
  return new Decimal(a).minus(new Decimal(b)).toString();
}
