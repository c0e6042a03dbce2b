/** One record of a CSV file or a sheet, as text cells. */
export interface TableRow {
  /** The 1-based line (or sheet row) where the record starts. */
  row: number;
  cells: string[];
}
