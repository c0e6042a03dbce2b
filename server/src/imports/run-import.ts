// Imports one file of customers, products, sales lines or targets
// (DESIGN §4.1) and records it as a batch. The file streams through; the
// report lists every bad row with its row, column and reason.
import { refreshAccruals } from '../accruals/refresh-accruals.js';
import type { Store } from '../db/database.js';
import { businessToday } from '../programs/business-date.js';
import { FileFormatError } from '../files/bad-row.js';
import { ByteTap } from '../files/byte-tap.js';
import { BadRowCollector } from './bad-row-collector.js';
import { customersImportPlan } from './customers-import.js';
import { auditImport } from './import-audit.js';
import { recordBatch } from './import-batch.js';
import { ImportContext } from './import-context.js';
import type {
  ImportKind,
  ImportOptions,
  ImportReport,
  RowCounts,
} from './import-types.js';
import { productsImportPlan } from './products-import.js';
import { salesImportPlan } from './sales-import.js';
import { runStagedImport } from './staged-import.js';
import { targetsImportPlan } from './targets-import.js';

export type {
  BadRow,
  ImportBatchSummary,
  ImportKind,
  ImportOptions,
  ImportProgress,
  ImportReport,
  RowCounts,
} from './import-types.js';
export {
  getImportBatch,
  listImportBatches,
  type ImportBatchDetail,
} from './list-import-batches.js';

export async function runImport(
  store: Store,
  options: ImportOptions,
): Promise<ImportReport> {
  const context = new ImportContext(
    store,
    options,
    new ByteTap(options.source),
    new BadRowCollector(),
  );

  let report: ImportReport;
  try {
    report = await importKind(context, options.kind);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    return recordUnreadableFile(context, error);
  }

  if (report.status === 'committed' && options.refreshAccruals !== false) {
    await refreshAccruals(store, {
      asOf: options.accrualAsOf ?? businessToday(),
      audit: {
        actor: options.actor,
        requestId: options.origin?.requestId ?? null,
        ip: options.origin?.ip ?? null,
      },
    });
  }
  return report;
}

function importKind(
  context: ImportContext,
  kind: ImportKind,
): Promise<ImportReport> {
  switch (kind) {
    case 'customers':
      return runStagedImport(context, customersImportPlan);
    case 'products':
      return runStagedImport(context, productsImportPlan);
    case 'sales':
      return runStagedImport(context, salesImportPlan);
    case 'targets':
      return runStagedImport(context, targetsImportPlan);
  }
}

/**
 * A file that cannot be read as a table (empty, broken quoting, mixed
 * encodings): its transaction is gone, so it is recorded as a rejected
 * batch of its own, with the rows read up to the failure.
 */
async function recordUnreadableFile(
  context: ImportContext,
  error: FileFormatError,
): Promise<ImportReport> {
  context.problems.push(error.toBadRow());
  const rows: RowCounts = {
    total: context.rowsTotal,
    new: 0,
    updated: 0,
    duplicate: 0,
    bad: context.rowsTotal,
  };

  return context.store.transaction(async (connection) => {
    const { report } = await recordBatch(connection, context, {
      status: 'rejected',
      rows,
    });
    await auditImport(connection, context.options, report);
    return report;
  });
}
