// The one path every import takes, in one transaction: stage the file's
// good rows, settle repeats within the file, compare with what is stored,
// record the batch, and store the rows only when the import is committed.
// A crash anywhere before the commit leaves nothing of the batch behind.
import type { Connection } from '../db/database.js';
import type { ColumnLayout } from '../files/columns.js';
import { auditImport } from './import-audit.js';
import { finishBatch, recordBatch } from './import-batch.js';
import type { ImportContext } from './import-context.js';
import type { ImportReport } from './import-types.js';
import { settleRepeatsInFile } from './repeats-in-file.js';
import { stageFile, type FileKind, type StagedFile } from './stage-file.js';
import { createStagingTable, type StagingSpec } from './staging.js';

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

    const comparison: Comparison = file.readable
      ? await compareStaged(connection, context, plan, file)
      : { new: 0, updated: 0, duplicates: 0, bad: 0 };

    const rowsBad = file.readable
      ? context.rowsBadRead + comparison.bad
      : context.rowsTotal;
    const committed =
      file.readable && (rowsBad === 0 || context.options.skipBad === true);
    const { batchId, report } = await recordBatch(connection, context, {
      status: committed ? 'committed' : 'rejected',
      rows: {
        total: context.rowsTotal,
        new: committed ? comparison.new : 0,
        updated: committed ? comparison.updated : 0,
        duplicate: comparison.duplicates,
        bad: rowsBad,
      },
    });

    if (committed && comparison.new + comparison.updated > 0) {
      await plan.store(connection, batchId, file.layout);
      await finishBatch(connection, batchId);
    }
    await auditImport(connection, context.options, report);
    return report;
  });
}

/** Settles repeats within the file, then compares with what is stored. */
async function compareStaged<Column extends string, Parsed>(
  connection: Connection,
  context: ImportContext,
  plan: ImportPlan<Column, Parsed>,
  file: StagedFile<Column>,
): Promise<Comparison> {
  const headerOf = (fileColumn: string) =>
    (file.layout.header as Record<string, string>)[fileColumn] ?? fileColumn;
  await connection.query('select pg_advisory_xact_lock($1)', [plan.lockKey]);
  await connection.query("set local work_mem = '64MB'");

  const repeats = file.mayRepeat
    ? await settleRepeatsInFile(
        connection,
        plan.staging,
        headerOf,
        context.problems,
      )
    : { duplicates: 0, bad: 0 };
  const stored = await plan.compare(connection, context, {
    layout: file.layout,
    headerOf,
    staged: file.rowsStaged - repeats.duplicates - repeats.bad,
  });

  return {
    ...stored,
    duplicates: stored.duplicates + repeats.duplicates,
    bad: stored.bad + repeats.bad,
  };
}
