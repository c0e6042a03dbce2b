// The fast path for facts: the good rows go straight into their table with
// COPY, under a savepoint, and to a spool at the same time. The table's
// unique key refuses a line already stored or given twice in the file; the
// savepoint is then rolled back and the spooled rows take the staged path.
import type { Connection, Store } from '../db/database.js';
import { copyInSlices, type CopyBatch } from './copy-slices.js';
import type { FileReading } from './read-file.js';
import type { Spool } from './spool.js';
import { stagedColumns, type StagingSpec } from './staging.js';

const SAVEPOINT = 'import_direct_copy';
const UNIQUE_VIOLATION = '23505';

/** Rows copied into their table, to keep or to undo once all is known. */
export interface DirectCopy {
  keep(): Promise<void>;
  undo(): Promise<void>;
}

/** Copies the file's rows into the table; null when the key refused them. */
export async function copyDirectly<Column extends string>(
  store: Store,
  connection: Connection,
  staging: StagingSpec,
  reading: FileReading<Column>,
  spool: Spool,
): Promise<DirectCopy | null> {
  const columns = ['batch_id', ...stagedColumns(staging).map((c) => c.name)];
  const copySql = `copy ${staging.target} (${columns.join(', ')}) from stdin`;
  const rows = teeToSpool(reading, spool);

  await connection.query(`savepoint ${SAVEPOINT}`);
  try {
    await copyInSlices(store, connection, copySql, rows);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await connection.query(`rollback to savepoint ${SAVEPOINT}`);
    // What the COPY left unread still goes to the spool.
    for await (const _batch of rows) continue;
    return null;
  }

  return {
    keep: async () => {
      await connection.query(`release savepoint ${SAVEPOINT}`);
    },
    undo: async () => {
      await connection.query(`rollback to savepoint ${SAVEPOINT}`);
    },
  };
}

/**
 * The reading's lines for the table, each batch written to the spool as it
 * passes. Ending an iteration early does not end the reading, so a refused
 * COPY can be followed by reading the rest.
 */
function teeToSpool<Column extends string>(
  reading: FileReading<Column>,
  spool: Spool,
): AsyncIterable<CopyBatch> {
  let queue: Promise<unknown> = Promise.resolve();

  const next = async (): Promise<IteratorResult<CopyBatch>> => {
    const read = await reading.batches.next();
    if (read.done) return { done: true, value: undefined };
    await spool.write(read.value.staging);
    return {
      done: false,
      value: { data: read.value.direct, rows: read.value.rows },
    };
  };
  const iterator: AsyncIterator<CopyBatch> = {
    // One batch at a time, so the spool keeps the file's order.
    next: () => {
      const result = queue.then(next);
      queue = result.catch(() => undefined);
      return result;
    },
    return: async () => ({ done: true, value: undefined }),
  };
  return { [Symbol.asyncIterator]: () => iterator };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === UNIQUE_VIOLATION
  );
}
