import { sortBadRows, type BadRow, type BadRowSink } from '../files/bad-row.js';
import { MAX_REPORTED_BAD_ROWS } from './import-types.js';

/**
 * Keeps the problems an import finds, up to MAX_REPORTED_BAD_ROWS, so a
 * file that is wrong on every line cannot exhaust memory.
 */
export class BadRowCollector implements BadRowSink {
  private readonly kept: BadRow[] = [];

  push(problem: BadRow): void {
    if (this.kept.length < MAX_REPORTED_BAD_ROWS) this.kept.push(problem);
  }

  /** Room left before the cap, for queries that fetch problems. */
  get room(): number {
    return MAX_REPORTED_BAD_ROWS - this.kept.length;
  }

  inRowOrder(): BadRow[] {
    return sortBadRows(this.kept);
  }
}
