// The staging table of one import: the file's good rows, copied in with
// COPY, then compared with each other and with what is stored, set-based,
// before anything reaches the real table. It lives in the import's own
// transaction and disappears with it.
import type { Connection } from '../db/database.js';

export const STAGING_TABLE = 'import_staging';

export interface StagedColumn {
  /** A column of the target table; the staging table uses the same name. */
  name: string;
  /** Its SQL type in the staging table. */
  type: string;
  /** The file column the value comes from, for messages. */
  fileColumn: string;
  /** SQL that shows the value to a person, given the table alias. */
  display?: (alias: string) => string;
}

export interface StagingSpec {
  /** The table the rows end up in. */
  target: string;
  key: readonly StagedColumn[];
  content: readonly StagedColumn[];
  /** How a key reads in a message, e.g. `invoice INV1 line 2`. */
  describeKey(values: readonly string[]): string;
}

export function stagedColumns(spec: StagingSpec): StagedColumn[] {
  return [...spec.key, ...spec.content];
}

export async function createStagingTable(
  connection: Connection,
  spec: StagingSpec,
): Promise<void> {
  const columns = stagedColumns(spec)
    .map((column) => `${column.name} ${column.type}`)
    .join(', ');
  await connection.query(
    `create temp table ${STAGING_TABLE} ` +
      `(row_no integer not null, ${columns}) on commit drop`,
  );
}

/** The COPY that fills the staging table: the row number, then the fields. */
export function stagingCopySql(spec: StagingSpec): string {
  const columns = ['row_no', ...stagedColumns(spec).map((c) => c.name)];
  return `copy ${STAGING_TABLE} (${columns.join(', ')}) from stdin`;
}

/** `s.a = t.a and s.b = t.b` over the key columns. */
export function keyMatch(spec: StagingSpec, left: string, right: string) {
  return spec.key
    .map((column) => `${left}.${column.name} = ${right}.${column.name}`)
    .join(' and ');
}

/** A row of the given columns, for `is distinct from` comparisons. */
export function rowOf(columns: readonly StagedColumn[], alias: string): string {
  return `(${columns.map((column) => `${alias}.${column.name}`).join(', ')})`;
}

/** The value of a column as text a person reads. */
export function displayOf(column: StagedColumn, alias: string): string {
  return column.display
    ? column.display(alias)
    : `${alias}.${column.name}::text`;
}
