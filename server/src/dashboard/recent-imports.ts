// The newest import batches, in the item shape of GET /api/imports, read in
// the dashboard's own snapshot.
import type { Connection } from '../db/database.js';
import type {
  ImportBatchSummary,
  ImportKind,
} from '../imports/import-types.js';

interface Row {
  id: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  actor: string;
  status: 'committed' | 'rejected';
  total: number;
  new: number;
  updated: number;
  duplicate: number;
  bad: number;
  startedAt: Date | string;
  finishedAt: Date | string;
}

export async function recentImports(
  connection: Connection,
  limit: number,
): Promise<ImportBatchSummary[]> {
  const rows = await connection.query<Row>(
    `select id::int as id, kind, file_name as "fileName", sha256, actor,
            status, rows_total as total, rows_new as new,
            rows_updated as updated, rows_duplicate as duplicate,
            rows_bad as bad, started_at as "startedAt",
            finished_at as "finishedAt"
       from import_batches
      order by started_at desc, id desc
      limit $1`,
    [limit],
  );

  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    sha256: row.sha256,
    actor: row.actor,
    status: row.status,
    rows: {
      total: row.total,
      new: row.new,
      updated: row.updated,
      duplicate: row.duplicate,
      bad: row.bad,
    },
    startedAt: new Date(row.startedAt).toISOString(),
    finishedAt: new Date(row.finishedAt).toISOString(),
  }));
}
