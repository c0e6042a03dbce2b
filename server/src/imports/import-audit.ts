// An import is one audit entry for its batch (DESIGN §5), written in the
// import's own transaction so the entry and the stored rows commit together.
import { appendAudit } from '../audit/append-audit.js';
import type { Connection } from '../db/database.js';
import type { ImportOptions, ImportReport } from './import-types.js';

export async function auditImport(
  connection: Connection,
  options: ImportOptions,
  report: ImportReport,
): Promise<void> {
  await appendAudit(
    connection,
    {
      actor: options.actor,
      requestId: options.origin?.requestId ?? null,
      ip: options.origin?.ip ?? null,
    },
    {
      action: `import.${report.status}`,
      entity: 'import_batch',
      entityId: report.batchId,
      after: {
        kind: report.kind,
        fileName: report.fileName,
        sha256: report.sha256,
        rows: report.rows,
        badRows: report.badRows.length,
      },
    },
  );
}
