// `tierline calculate --format table`: the §4.4 rows for a person at a
// terminal. Columns line up with Chinese names because widths are counted
// in terminal columns (display-width.ts), and amounts are right-aligned.
import type { CalculateJson, CalculateJsonResult } from '@tierline/engine';
import { displayWidth, padDisplay } from './display-width.js';

interface Column {
  header: string;
  align: 'left' | 'right';
  value: (row: CalculateJsonResult) => string;
}

export interface TableNames {
  /** Customer names by code, shown beside the code when known. */
  customers: ReadonlyMap<string, string>;
}

const GAP = '  ';

function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '-' : String(value);
}

function columns(names: TableNames): Column[] {
  const left = (header: string, value: Column['value']): Column => ({
    header,
    align: 'left',
    value,
  });
  const right = (header: string, value: Column['value']): Column => ({
    header,
    align: 'right',
    value,
  });

  return [
    left('program', (row) => row.program),
    left('customer', (row) => row.customer),
    left('name', (row) => names.customers.get(row.customer) ?? ''),
    left('period', (row) => `${row.period.start}..${row.period.end}`),
    left('open', (row) => (row.period.open ? 'open' : '')),
    right('measure', (row) => orDash(row.measure)),
    right('net_amount', (row) => row.net_amount),
    right('tier', (row) => String(row.tier)),
    right('rebate', (row) => row.rebate),
    left('reasons', (row) => row.reasons.join(' ')),
    right('next_tier', (row) => orDash(row.next?.tier)),
    right('next_gap_amount', (row) => orDash(row.next?.gap_amount)),
    right('next_rebate', (row) => orDash(row.next?.rebate)),
    left('forecast', (row) => orDash(row.forecast?.method)),
    right('forecast_rebate', (row) => orDash(row.forecast?.rebate)),
  ];
}

/** One line per row after a header and a rule; every line equally wide. */
export function calculateTable(json: CalculateJson, names: TableNames): string {
  const table = columns(names);
  const cells = json.results.map((row) =>
    table.map((column) => column.value(row)),
  );
  const widths = table.map((column, index) =>
    Math.max(
      displayWidth(column.header),
      ...cells.map((row) => displayWidth(row[index] ?? '')),
    ),
  );
  const line = (texts: readonly string[]) =>
    table
      .map((column, index) =>
        padDisplay(texts[index] ?? '', widths[index] ?? 0, column.align),
      )
      .join(GAP);

  const header = line(table.map((column) => column.header));
  const rule = '-'.repeat(displayWidth(header));

  return [header, rule, ...cells.map(line)].join('\n') + '\n';
}

/** Warnings for formats that have no place for them: one line each. */
export function warningLines(json: CalculateJson): string[] {
  return json.warnings.map(
    (warning) =>
      `warning: ${warning.program}: ${String(warning.lines)} in-scope ` +
      `lines of another currency left out (${warning.reason})`,
  );
}
