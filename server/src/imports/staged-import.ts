// The one path every import takes, in one transaction: read and validate
// the file, put its good rows where they can be compared (the staging
// table, or for sales lines first their own table, see direct-copy.ts),
// settle repeats within the file and matches with what is stored, record the
// batch, and keep the rows only when the import is committed. A crash
// anywhere before the commit leaves nothing of the batch behind.
import type { Connection } from '../db/database.js';
import type { ColumnLayout } from '../files/columns.js';
import { copyInSlices, type CopyBatch } from './copy-slices.js';
import { recordImportWork } from '../accruals/pending-work.js';
import { copyDirectly, type DirectCopy } from './direct-copy.js';
import { auditImport } from './import-audit.js';
import { finishBatch, recordBatch, reserveBatchId } from './import-batch.js';
import type { ImportContext } from './import-context.js';
import type { ImportReport } from './import-types.js';
import { readFile, type FileKind, type FileReading } from './read-file.js';
import { settleRepeatsInFile } from './repeats-in-file.js';
import { Spool } from './spool.js';
import {
  createStagingTable,
  stagingCopySql,
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
  /** Copy straight into the target table first (append-only facts). */
  direct: boolean;
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
  /** Brings derived tables up to date with a committed batch's rows. */
  derive?(connection: Connection, batchId: number): Promise<void>;
}

/** The file's good rows once compared, and whether they are in place. */
interface Loaded {
  comparison: Comparison;
  /** Rows already in their table (the fast path), to keep or to undo. */
  copied: DirectCopy | null;
}

const NOTHING: Comparison = { new: 0, updated: 0, duplicates: 0, bad: 0 };

export async function runStagedImport<Column extends string, Parsed>(
  context: ImportContext,
  plan: ImportPlan<Column, Parsed>,
): Promise<ImportReport> {
  const spool = plan.direct ? new Spool() : null;
  try {
    return await context.store.transaction(async (connection) => {
      const kind = await plan.prepare(connection);
      const batchId = spool ? await reserveBatchId(connection) : null;
      const reading = await readFile(context, kind, batchId);
      const { comparison, copied } = await load(
        connection,
        context,
        plan,
        reading,
        spool,
      );

      const rowsBad = reading.readable
        ? context.rowsBadRead + comparison.bad
        : context.rowsTotal;
      const committed =
        reading.readable && (rowsBad === 0 || context.options.skipBad === true);
      if (copied) await (committed ? copied.keep() : copied.undo());

      const recorded = await recordBatch(
        connection,
        context,
        {
          status: committed ? 'committed' : 'rejected',
          rows: {
            total: context.rowsTotal,
            new: committed ? comparison.new : 0,
            updated: committed ? comparison.updated : 0,
            duplicate: comparison.duplicates,
            bad: rowsBad,
          },
        },
        batchId,
      );
      const changes = comparison.new + comparison.updated;
      if (committed && !copied && changes > 0) {
        await plan.store(connection, recorded.batchId, reading.layout);
      }
      await finishBatch(connection, recorded.batchId);
      if (committed && changes > 0) {
        await plan.derive?.(connection, recorded.batchId);
        await recordImportWork(
          connection,
          context.options.kind,
          recorded.batchId,
        );
      }

      await auditImport(connection, context.options, recorded.report);
      return recorded.report;
    });
  } finally {
    await spool?.remove();
  }
}

async function load<Column extends string, Parsed>(
  connection: Connection,
  context: ImportContext,
  plan: ImportPlan<Column, Parsed>,
  reading: FileReading<Column>,
  spool: Spool | null,
): Promise<Loaded> {
  if (!reading.readable) {
    for await (const _batch of reading.batches) continue;
    return { comparison: NOTHING, copied: null };
  }

  const stagingSql = stagingCopySql(plan.staging);
  if (spool) {
    await lockImports(connection, plan);
    const copied = await copyDirectly(
      context.store,
      connection,
      plan.staging,
      reading,
      spool,
    );
    if (copied) {
      return { comparison: { ...NOTHING, new: reading.rowsRead() }, copied };
    }

    await spool.close();
    await createStagingTable(connection, plan.staging);
    await copyInSlices(context.store, connection, stagingSql, spool.batches());
  } else {
    await createStagingTable(connection, plan.staging);
    await copyInSlices(
      context.store,
      connection,
      stagingSql,
      stagingLines(reading),
    );
    await lockImports(connection, plan);
  }

  const comparison = await compareStaged(connection, context, plan, reading);
  return { comparison, copied: null };
}

async function* stagingLines<Column extends string>(
  reading: FileReading<Column>,
): AsyncGenerator<CopyBatch> {
  for await (const batch of reading.batches) {
    yield { data: batch.staging, rows: batch.rows };
  }
}

async function lockImports<Column extends string, Parsed>(
  connection: Connection,
  plan: ImportPlan<Column, Parsed>,
): Promise<void> {
  await connection.query('select pg_advisory_xact_lock($1)', [plan.lockKey]);
}

/** Settles repeats within the file, then compares with what is stored. */
async function compareStaged<Column extends string, Parsed>(
  connection: Connection,
  context: ImportContext,
  plan: ImportPlan<Column, Parsed>,
  reading: FileReading<Column>,
): Promise<Comparison> {
  const headerOf = (fileColumn: string) =>
    (reading.layout.header as Record<string, string>)[fileColumn] ?? fileColumn;
  await connection.query("set local work_mem = '64MB'");

  const repeats = reading.mayRepeat()
    ? await settleRepeatsInFile(
        connection,
        plan.staging,
        headerOf,
        context.problems,
      )
    : { duplicates: 0, bad: 0 };
  const stored = await plan.compare(connection, context, {
    layout: reading.layout,
    headerOf,
    staged: reading.rowsRead() - repeats.duplicates - repeats.bad,
  });

  return {
    ...stored,
    duplicates: stored.duplicates + repeats.duplicates,
    bad: stored.bad + repeats.bad,
  };
}
