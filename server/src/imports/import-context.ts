import type { Store } from '../db/database.js';
import type { ByteTap } from '../files/byte-tap.js';
import type { BadRowCollector } from './bad-row-collector.js';
import type { ImportOptions } from './import-types.js';

/** One import in progress: its input, its findings so far, its progress. */
export class ImportContext {
  readonly startedAt = new Date();
  rowsTotal = 0;
  /** Rows refused while reading (a row with two problems counts once). */
  rowsBadRead = 0;

  constructor(
    readonly store: Store,
    readonly options: ImportOptions,
    readonly tap: ByteTap,
    readonly problems: BadRowCollector,
  ) {}

  countRows(rows: number, bad: number): void {
    this.rowsTotal += rows;
    this.rowsBadRead += bad;
    this.options.onProgress?.({ rows: this.rowsTotal, bytes: this.tap.bytes });
  }
}
