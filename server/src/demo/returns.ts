import type { Day } from './calendar.js';
import { mulDiv } from './fen.js';
import type { Prng } from './prng.js';
import type { DemoSaleLine } from './sales.js';

/** Invoices later partly returned: with 40 % of their lines, ~3 % of lines. */
const returnedInvoiceShare = 0.055;
const returnedLineShare = 0.4;

/**
 * Maybe books part of an invoice back, 3–45 days later, as the return
 * invoice `<invoice>-R` whose lines keep the sold lines' numbers, so each
 * return refers to the sale it undoes.
 */
export function scheduleReturn(
  prng: Prng,
  lines: readonly DemoSaleLine[],
  endDay: Day,
  returnsByDay: Map<Day, DemoSaleLine[]>,
): void {
  const first = lines[0];
  if (!first || !prng.chance(returnedInvoiceShare)) return;
  const day = first.day + prng.int(3, 45);
  if (day > endDay) return;

  const returned = lines.filter(
    (_line, index) => index === 0 || prng.chance(returnedLineShare),
  );
  const booked = returnsByDay.get(day) ?? [];
  for (const line of returned) {
    const quantity = prng.chance(0.6)
      ? line.quantity
      : prng.int(1, line.quantity);
    booked.push({
      ...line,
      invoiceNo: `${line.invoiceNo}-R`,
      day,
      quantity: -quantity,
      netFen: -mulDiv(line.netFen, quantity, line.quantity),
      costFen: -mulDiv(line.costFen, quantity, line.quantity),
      paidDay: null,
    });
  }
  returnsByDay.set(day, booked);
}
