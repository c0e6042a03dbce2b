// The record of one import (file, sha256, who, when, counts, status), kept
// whether the import was committed or rejected.
import type { Connection } from '../db/database.js';
import type { ImportContext } from './import-context.js';
import {
  MAX_STORED_BAD_ROWS,
  type ImportReport,
  type RowCounts,
} from './import-types.js';

const BATCH_IDS = 'import_batches_id_seq';

export interface RecordedBatch {
  batchId: number;
  report: ImportReport;
}

/**
 * Records the batch of an import whose outcome is decided, with every
 * problem found, and gives its report; the caller then stores the rows
 * under the batch id.
 */
export async function recordBatch(
  connection: Connection,
  context: ImportContext,
  outcome: { status: 'committed' | 'rejected'; rows: RowCounts },
  reservedId: number | null = null,
): Promise<RecordedBatch> {
  const { kind, fileName, actor } = context.options;
  const fields = {
    kind,
    fileName,
    sha256: await context.tap.sha256(),
    status: outcome.status,
    rows: outcome.rows,
    badRows: context.problems.inRowOrder(),
  };
  const batchId = await insertBatch(connection, {
    ...fields,
    id: reservedId,
    actor,
    startedAt: context.startedAt,
  });
  return { batchId, report: { batchId, ...fields } };
}

async function insertBatch(
  connection: Connection,
  batch: Omit<ImportReport, 'batchId'> & {
    id: number | null;
    actor: string;
    startedAt: Date;
  },
): Promise<number> {
  const [inserted] = await connection.query<{ id: string | number }>(
    `insert into import_batches (id, kind, file_name, sha256, actor, status,
       rows_total, rows_new, rows_updated, rows_duplicate, rows_bad, bad_rows,
       started_at, finished_at)
     values (coalesce($13::bigint, nextval('${BATCH_IDS}')), $1, $2, $3, $4,
       $5, $6, $7, $8, $9, $10, $11::jsonb, $12, clock_timestamp())
     returning id`,
    [
      batch.kind,
      batch.fileName,
      batch.sha256,
      batch.actor,
      batch.status,
      batch.rows.total,
      batch.rows.new,
      batch.rows.updated,
      batch.rows.duplicate,
      batch.rows.bad,
      JSON.stringify(batch.badRows.slice(0, MAX_STORED_BAD_ROWS)),
      batch.startedAt.toISOString(),
      batch.id,
    ],
  );
  if (!inserted) throw new Error('import_batches insert returned no id');
  return Number(inserted.id);
}

/**
 * Takes the next batch id before the batch row exists, for rows copied
 * into their table ahead of it (sales_lines has no foreign key to wait on).
 */
export async function reserveBatchId(connection: Connection): Promise<number> {
  const [reserved] = await connection.query<{ id: string }>(
    `select nextval('${BATCH_IDS}')::text as id`,
  );
  if (!reserved) throw new Error('no batch id from the sequence');
  return Number.parseInt(reserved.id, 10);
}

/** Sets the finish time once the batch's rows are in. */
export async function finishBatch(
  connection: Connection,
  batchId: number,
): Promise<void> {
  await connection.query(
    'update import_batches set finished_at = clock_timestamp() where id = $1',
    [batchId],
  );
}
