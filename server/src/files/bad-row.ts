/**
 * One problem in one row of an input file. A row with several problems has
 * one entry per problem; `row` is the 1-based line (or sheet row) where the
 * record starts, the header being row 1.
 */
export interface BadRow {
  row: number;
  /** The column header as written in the file, or the canonical name. */
  column: string | null;
  /** A stable snake_case reason, e.g. `unknown_customer`, `bad_date`. */
  code: string;
  /** Human readable, English. */
  message: string;
  value?: string;
}

/** Where problems go as rows are read: an array, or a capped collector. */
export interface BadRowSink {
  push(problem: BadRow): unknown;
}

/** Orders problems by row, keeping the order within a row. */
export function sortBadRows(rows: BadRow[]): BadRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.row - b.row.row || a.index - b.index)
    .map(({ row }) => row);
}

/** A file that cannot be read as a table at all (not CSV, broken zip). */
export class FileFormatError extends Error {
  constructor(
    message: string,
    /** The row where reading stopped, when known. */
    readonly row: number | null = null,
  ) {
    super(message);
  }

  toBadRow(): BadRow {
    return {
      row: this.row ?? 1,
      column: null,
      code: 'bad_file',
      message: this.message,
    };
  }
}
