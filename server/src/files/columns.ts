// Header matching (DESIGN §4.1): a column is found by its English name, in
// any case and with spaces for underscores, or by its Chinese name.
import type { BadRow } from './bad-row.js';

export interface ColumnSpec<Name extends string = string> {
  /** The canonical English header, e.g. `customer_code`. */
  name: Name;
  chinese: string;
  /** A required column must be in the header; its values may still be empty. */
  required: boolean;
}

export interface ColumnLayout<Name extends string = string> {
  /** The cell index of each column, -1 when the file has no such column. */
  index: Record<Name, number>;
  /** Each column's header as written in the file, or its canonical name. */
  header: Record<Name, string>;
}

export interface ResolvedColumns<Name extends string> {
  layout: ColumnLayout<Name>;
  /** Missing required columns and columns given twice. */
  problems: BadRow[];
}

export function resolveColumns<Name extends string>(
  specs: readonly ColumnSpec<Name>[],
  headerCells: readonly string[],
  headerRow: number,
): ResolvedColumns<Name> {
  const index = {} as Record<Name, number>;
  const header = {} as Record<Name, string>;
  const problems: BadRow[] = [];

  for (const spec of specs) {
    index[spec.name] = -1;
    header[spec.name] = spec.name;
  }

  headerCells.forEach((cell, cellIndex) => {
    const spec = specs.find((candidate) => matches(candidate, cell));
    if (!spec) return;

    if (index[spec.name] >= 0) {
      problems.push({
        row: headerRow,
        column: cell.trim(),
        code: 'duplicate_column',
        message: `the column ${describe(spec)} appears twice`,
      });
      return;
    }
    index[spec.name] = cellIndex;
    header[spec.name] = cell.trim();
  });

  for (const spec of specs) {
    if (spec.required && index[spec.name] < 0) {
      problems.push({
        row: headerRow,
        column: spec.name,
        code: 'missing_column',
        message: `the column ${describe(spec)} is missing`,
      });
    }
  }

  return { layout: { index, header }, problems };
}

function matches(spec: ColumnSpec, cell: string): boolean {
  const written = cell.replace(/^\uFEFF/, '').trim();
  if (written === spec.chinese) return true;
  return written.toLowerCase().replace(/[\s-]+/g, '_') === spec.name;
}

function describe(spec: ColumnSpec): string {
  return `${spec.name} (${spec.chinese})`;
}
