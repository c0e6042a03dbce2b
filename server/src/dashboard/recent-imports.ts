// The newest import batches, in the item shape of GET /api/imports, read in
// the dashboard's own snapshot.
import type { Connection } from '../db/database.js';
import type { ImportBatchSummary } from '../imports/import-types.js';
import {
  importBatchSummary,
  type ImportBatchRow,
} from '../imports/list-import-batches.js';

type Row = Omit<ImportBatchRow, 'startedAt' | 'finishedAt'> & {
  startedAt: Date | string;
  finishedAt: Date | string;
};

export async function recentImports(
  connection: Connection,
  limit: number,
): Promise<ImportBatchSummary[]> {
  const rows = await connection.query<Row>(
    `select id::int as id, kind, file_name as "fileName", sha256, actor,
            status, rows_total as "rowsTotal", rows_new as "rowsNew",
            rows_updated as "rowsUpdated", rows_duplicate as "rowsDuplicate",
            rows_bad as "rowsBad", started_at as "startedAt",
            finished_at as "finishedAt"
       from import_batches
      order by started_at desc, id desc
      limit $1`,
    [limit],
  );

  return rows.map((row) =>
    importBatchSummary({
      ...row,
      startedAt: new Date(row.startedAt),
      finishedAt: new Date(row.finishedAt),
    }),
  );
}
