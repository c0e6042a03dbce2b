import type { Connection } from '../db/database.js';

/**
 * A batch's sales lines are found by the block-range index on batch_id
 * (migration 0004), which knows only summarized ranges and scans every page
 * of the others. Summarizing the ranges written since the last import (so
 * this import's own) keeps finding a batch cheap in a store of any size.
 */
export async function summarizeNewBatchRanges(
  connection: Connection,
): Promise<void> {
  await connection.query(
    "select brin_summarize_new_values('sales_lines_batch_brin'::regclass)",
  );
}
