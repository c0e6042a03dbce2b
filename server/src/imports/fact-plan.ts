// Facts (sales lines, targets) are append-only: a staged row is new, a
// duplicate of a stored row, or a conflict with it; never an overwrite.
import type { Connection } from '../db/database.js';
import type { ImportPlan } from './staged-import.js';
import type { FileKind } from './read-file.js';
import { stagedColumns, STAGING_TABLE, type StagingSpec } from './staging.js';
import { settleStoredMatches } from './stored-matches.js';

export function factPlan<Column extends string, Parsed>(options: {
  staging: StagingSpec;
  lockKey: number;
  /** Copy straight into the table first; needs a table without a foreign
   * key to import_batches, whose row is written last. */
  direct: boolean;
  prepare(connection: Connection): Promise<FileKind<Column, Parsed>>;
  derive?(connection: Connection, batchId: number): Promise<void>;
}): ImportPlan<Column, Parsed> {
  const { staging } = options;
  const columns = stagedColumns(staging).map((column) => column.name);

  return {
    ...options,
    async compare(connection, context, file) {
      const matches = await settleStoredMatches(
        connection,
        staging,
        file.headerOf,
        context.problems,
      );
      return {
        new: file.staged - matches.duplicates - matches.conflicts,
        updated: 0,
        duplicates: matches.duplicates,
        bad: matches.conflicts,
      };
    },
    async store(connection, batchId) {
      await connection.query(
        `insert into ${staging.target} (batch_id, ${columns.join(', ')})
         select $1, ${columns.join(', ')} from ${STAGING_TABLE}`,
        [batchId],
      );
    },
  };
}
