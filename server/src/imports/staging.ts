// The staging table of one import: the file's good rows, copied in with
// COPY, then compared with each other and with what is stored, set-based,
// before anything reaches the real table. It lives in the import's own
// transaction and disappears with it.
import type { Connection, Store } from '../db/database.js';

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

export interface CopyBatch {
  /** COPY text lines, each starting with the row number. */
  text: string;
  rows: number;
}

/** PGlite reads COPY input from one blob: slices bound its size. */
const PGLITE_SLICE_ROWS = 50_000;

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

/**
 * Copies the batches into the staging table: one COPY on a PostgreSQL
 * server, where the rows stream; one COPY per slice on PGlite.
 */
export async function copyIntoStaging(
  store: Store,
  connection: Connection,
  spec: StagingSpec,
  batches: AsyncIterable<CopyBatch>,
): Promise<void> {
  const columns = ['row_no', ...stagedColumns(spec).map((c) => c.name)];
  const copySql = `copy ${STAGING_TABLE} (${columns.join(', ')}) from stdin`;
  const sliceRows = store.kind === 'pglite' ? PGLITE_SLICE_ROWS : Infinity;
  const iterator = batches[Symbol.asyncIterator]();

  let done = false;
  while (!done) {
    let first = await iterator.next();
    while (!first.done && first.value.rows === 0) first = await iterator.next();
    if (first.done) return;

    let rows = first.value.rows;
    const head = first.value.text;
    const slice = async function* () {
      yield head;
      while (rows < sliceRows) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          return;
        }
        rows += next.value.rows;
        if (next.value.rows > 0) yield next.value.text;
      }
    };
    await connection.copyFrom(copySql, slice());
  }
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
