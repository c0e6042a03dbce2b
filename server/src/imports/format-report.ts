// An import report as text for a person at a terminal.
import type { BadRow } from '../files/bad-row.js';
import type { ImportReport } from './import-types.js';

export function formatImportReport(report: ImportReport): string {
  const { rows } = report;
  const lines = [
    `${report.fileName}: ${describeStatus(report)}`,
    `  ${rows.total} rows: ${rows.new} new, ${rows.updated} updated, ` +
      `${rows.duplicate} duplicate, ${rows.bad} bad`,
    ...report.badRows.map((badRow) => `  ${formatBadRow(badRow)}`),
  ];

  const listed = new Set(report.badRows.map((badRow) => badRow.row)).size;
  if (rows.bad > listed && report.badRows.length > 0) {
    lines.push(`  ... and more bad rows than the report lists`);
  }
  if (report.status === 'rejected' && rows.bad > 0) {
    lines.push(
      '  Nothing was stored. Correct the rows above, or import with ' +
        '--skip-bad to store the good rows only.',
    );
  }
  return lines.join('\n');
}

/** `row 17, column net_amount: too many decimals (max 2): "12.345"` */
export function formatBadRow(badRow: BadRow): string {
  const where = badRow.column
    ? `row ${badRow.row}, column ${badRow.column}`
    : `row ${badRow.row}`;
  const value =
    badRow.value === undefined ? '' : `: ${JSON.stringify(badRow.value)}`;
  return `${where}: ${badRow.message}${value}`;
}

function describeStatus(report: ImportReport): string {
  const batch = report.batchId === null ? '' : ` as batch ${report.batchId}`;
  const sha = `sha256 ${report.sha256.slice(0, 12)}`;
  return report.status === 'committed'
    ? `imported${batch} (${sha})`
    : `rejected${batch} (${sha})`;
}
