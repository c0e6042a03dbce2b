// The recorded import batches, newest first.
import { count, desc, eq } from 'drizzle-orm';
import type { Store } from '../db/database.js';
import { importBatches } from '../db/schema.js';
import type { BadRow } from '../files/bad-row.js';
import type { ImportBatchSummary, ImportKind } from './import-types.js';

export interface ImportBatchDetail extends ImportBatchSummary {
  /** The first bad rows, as recorded with the batch. */
  badRows: BadRow[];
}

export interface ImportBatchQuery {
  limit?: number;
  offset?: number;
  kind?: ImportKind;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export async function listImportBatches(
  store: Store,
  query: ImportBatchQuery,
): Promise<{ items: ImportBatchSummary[]; total: number }> {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const offset = Math.max(query.offset ?? 0, 0);
  const where = query.kind ? eq(importBatches.kind, query.kind) : undefined;

  const rows = await store.db
    .select()
    .from(importBatches)
    .where(where)
    .orderBy(desc(importBatches.startedAt), desc(importBatches.id))
    .limit(limit)
    .offset(offset);
  const [counted] = await store.db
    .select({ total: count() })
    .from(importBatches)
    .where(where);

  return { items: rows.map(importBatchSummary), total: counted?.total ?? 0 };
}

export async function getImportBatch(
  store: Store,
  id: number,
): Promise<ImportBatchDetail | null> {
  const [row] = await store.db
    .select()
    .from(importBatches)
    .where(eq(importBatches.id, id));
  if (!row) return null;
  return { ...importBatchSummary(row), badRows: row.badRows as BadRow[] };
}

/** A stored batch's columns, as drizzle names them. */
export type ImportBatchRow = Omit<typeof importBatches.$inferSelect, 'badRows'>;

/** A batch as GET /api/imports lists it. */
export function importBatchSummary(row: ImportBatchRow): ImportBatchSummary {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    sha256: row.sha256,
    actor: row.actor,
    status: row.status,
    rows: {
      total: row.rowsTotal,
      new: row.rowsNew,
      updated: row.rowsUpdated,
      duplicate: row.rowsDuplicate,
      bad: row.rowsBad,
    },
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
  };
}
