// Feeds COPY ... FROM STDIN from batches of lines: one COPY on a
// PostgreSQL server, where the rows stream; one COPY per slice of rows on
// PGlite, which reads each COPY's input as one blob.
import type { Connection, Store } from '../db/database.js';

export interface CopyBatch {
  /** Whole COPY text lines. */
  data: string | Buffer;
  rows: number;
}

const PGLITE_SLICE_ROWS = 50_000;

export async function copyInSlices(
  store: Store,
  connection: Connection,
  copySql: string,
  batches: AsyncIterable<CopyBatch>,
): Promise<void> {
  const sliceRows = store.kind === 'pglite' ? PGLITE_SLICE_ROWS : Infinity;
  const iterator = batches[Symbol.asyncIterator]();

  let done = false;
  while (!done) {
    let first = await iterator.next();
    while (!first.done && first.value.rows === 0) first = await iterator.next();
    if (first.done) return;

    let rows = first.value.rows;
    const head = first.value.data;
    const slice = async function* () {
      yield head;
      while (rows < sliceRows) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          return;
        }
        rows += next.value.rows;
        if (next.value.rows > 0) yield next.value.data;
      }
    };
    await connection.copyFrom(copySql, slice());
  }
}
