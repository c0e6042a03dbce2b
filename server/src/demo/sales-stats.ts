import { isoFromDay, quarterStart } from './calendar.js';
import { assertSafe } from './fen.js';
import type { DemoSaleLine } from './sales.js';

/**
 * What the generated sales add up to, gathered while they stream into the
 * import: the programs' thresholds and the customers' targets are sized
 * from these figures, as a program manager would size them from last year.
 */
export class SalesStats {
  lines = 0;
  returnLines = 0;
  netFen = 0;
  firstDate: string | null = null;
  lastDate: string | null = null;
  /** Per customer: net sales (fen) by quarter start. */
  private readonly quarterNet = new Map<number, Map<string, number>>();

  add(line: DemoSaleLine): void {
    this.lines += 1;
    if (line.netFen < 0) this.returnLines += 1;
    this.netFen += line.netFen;
    assertSafe(this.netFen);

    const date = isoFromDay(line.day);
    this.firstDate ??= date;
    this.lastDate = date;

    let quarters = this.quarterNet.get(line.customerIndex);
    if (!quarters) {
      quarters = new Map();
      this.quarterNet.set(line.customerIndex, quarters);
    }
    const start = isoFromDay(quarterStart(line.day));
    quarters.set(start, (quarters.get(start) ?? 0) + line.netFen);
  }

  /** A customer's net sales in the quarter starting on `quarterStartIso`. */
  quarterNetFen(customerIndex: number, quarterStartIso: string): number {
    return this.quarterNet.get(customerIndex)?.get(quarterStartIso) ?? 0;
  }

  /** A customer's net sales of every quarter it bought in. */
  quartersOf(customerIndex: number): number[] {
    return [...(this.quarterNet.get(customerIndex)?.values() ?? [])];
  }
}
