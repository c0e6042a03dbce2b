import type { ImportKind } from '../db/schema.js';
import type { BadRow } from '../files/bad-row.js';
import type { ByteSource } from '../files/byte-tap.js';

export type { BadRow, ImportKind };

export interface RowCounts {
  /** Data rows in the file (the header and blank rows not counted). */
  total: number;
  /** Rows stored as new lines, customers, products or targets. */
  new: number;
  /** Customers or products whose stored values changed. */
  updated: number;
  /** Rows already stored with the same content, or repeated in the file. */
  duplicate: number;
  /** Rows with at least one problem. */
  bad: number;
}

export interface ImportReport {
  /** The recorded batch; null when the file could not be recorded. */
  batchId: number | null;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  status: 'committed' | 'rejected';
  rows: RowCounts;
  /**
   * Every problem, in row order; a row may have several. Past
   * MAX_REPORTED_BAD_ROWS problems the list stops while `rows.bad` still
   * counts every bad row.
   */
  badRows: BadRow[];
}

export interface ImportOptions {
  kind: ImportKind;
  fileName: string;
  source: ByteSource;
  /** Who imports: a user name, `demo`, or the CLI's OS user. */
  actor: string;
  /** The request behind the import, for its audit entry. */
  origin?: { requestId?: string | null; ip?: string | null };
  /** Store the good rows even when some rows are bad (default false). */
  skipBad?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Refresh the accruals the batch makes stale right after it commits
   * (default true); the work stays recorded either way. */
  refreshAccruals?: boolean;
  /** The as-of date of that refresh; today in the business zone if absent. */
  accrualAsOf?: string;
}

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Bytes of the file read so far. */
  bytes: number;
}

export interface ImportBatchSummary {
  id: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  actor: string;
  status: 'committed' | 'rejected';
  rows: RowCounts;
  startedAt: string;
  finishedAt: string;
}

/** A report lists at most this many problems (a count has no such limit). */
export const MAX_REPORTED_BAD_ROWS = 10_000;

/** The batch row keeps the first problems only, to stay small. */
export const MAX_STORED_BAD_ROWS = 1_000;
