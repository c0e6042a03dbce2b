// The one path every import takes, in one transaction: stage the file's
// good rows, settle repeats within the file, compare with what is stored,
// record the batch, and store the rows only when the import is committed.
// A crash anywhere before the commit leaves nothing of the batch behind.
import type { Connection } from '../db/database.js';
import type { ColumnLayout } from '../files/columns.js';
import { auditImport } from './import-audit.js';
import { finishBatch, insertBatch } from './import-batch.js';
import type { ImportContext } from './import-context.js';
import type { ImportReport, RowCounts } from './import-types.js';
import { settleRepeatsInFile } from './repeats-in-file.js';
import { stageFile, type FileKind } from './stage-file.js';
import {
  analyzeStaging,
  createStagingTable,
  type StagingSpec,
} from './staging.js';

/** What comparing the staged rows with the store found. */
export interface Comparison {
  new: number;
  updated: number;
  duplicates: number;
  bad: number;
}

/** The staged rows left after settling repeats, and how the file reads. */
export interface StagedRows<Column extends string> {
  layout: ColumnLayout<Column>;
  headerOf(fileColumn: string): string;
  /** Rows in the staging table. */
  staged: number;
}

export interface ImportPlan<Column extends string, Parsed> {
  staging: StagingSpec;
  /** Serializes imports into the same table between compare and store. */
  lockKey: number;
  /** Loads what rows are checked against (known customers, ...). */
  prepare(connection: Connection): Promise<FileKind<Column, Parsed>>;
  compare(
    connection: Connection,
    context: ImportContext,
    file: StagedRows<Column>,
  ): Promise<Comparison>;
  store(
    connection: Connection,
    batchId: number,
    layout: ColumnLayout<Column>,
  ): Promise<void>;
}

export async function runStagedImport<Column extends string, Parsed>(
  context: ImportContext,
  plan: ImportPlan<Column, Parsed>,
): Promise<ImportReport> {
  return context.store.transaction(async (connection) => {
    const kind = await plan.prepare(connection);
    await createStagingTable(connection, plan.staging);
    const file = await stageFile(context, connection, kind, plan.staging);
    const headerOf = (fileColumn: string) =>
      (file.layout.header as Record<string, string>)[fileColumn] ?? fileColumn;

    let comparison: Comparison = { new: 0, updated: 0, duplicates: 0, bad: 0 };
    if (file.readable) {
      await connection.query('select pg_advisory_xact_lock($1)', [
        plan.lockKey,
      ]);
      await connection.query("set local work_mem = '64MB'");
      await analyzeStaging(connection);

      const repeats = await settleRepeatsInFile(
        connection,
        plan.staging,
        headerOf,
        context.problems,
      );
      const stored = await plan.compare(connection, context, {
        layout: file.layout,
        headerOf,
        staged: file.rowsStaged - repeats.duplicates - repeats.bad,
      });
      comparison = {
        ...stored,
        duplicates: stored.duplicates + repeats.duplicates,
        bad: stored.bad + repeats.bad,
      };
    }

    const rowsBad = file.readable
      ? context.rowsBadRead + comparison.bad
      : context.rowsTotal;
    const committed =
      file.readable && (rowsBad === 0 || context.options.skipBad === true);
    const rows: RowCounts = {
      total: context.rowsTotal,
      new: committed ? comparison.new : 0,
      updated: committed ? comparison.updated : 0,
      duplicate: comparison.duplicates,
      bad: rowsBad,
    };
    const badRows = context.problems.inRowOrder();
    const sha256 = await context.tap.sha256();

    const batchId = await insertBatch(connection, {
      kind: context.options.kind,
      fileName: context.options.fileName,
      sha256,
      actor: context.options.actor,
      status: committed ? 'committed' : 'rejected',
      rows,
      badRows,
      startedAt: context.startedAt,
    });
    if (committed && rows.new + rows.updated > 0) {
      await plan.store(connection, batchId, file.layout);
      await finishBatch(connection, batchId);
    }

    const report: ImportReport = {
      batchId,
      kind: context.options.kind,
      fileName: context.options.fileName,
      sha256,
      status: committed ? 'committed' : 'rejected',
      rows,
      badRows,
    };
    await auditImport(connection, context.options, report);
    return report;
  });
}
