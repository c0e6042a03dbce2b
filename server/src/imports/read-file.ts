// Reads the file row by row, validates each record, and gives the good ones
// as COPY lines, batch by batch, while it streams: only a chunk of the file
// is in memory at a time. Problems go to the import's collector.
import { FileFormatError } from '../files/bad-row.js';
import {
  resolveColumns,
  type ColumnLayout,
  type ColumnSpec,
} from '../files/columns.js';
import { RecordReader } from '../files/record-reader.js';
import { TableReader } from '../files/table-reader.js';
import type { ImportContext } from './import-context.js';
import { KeyFingerprints } from './key-fingerprints.js';

/** How one kind of file is read and staged. */
export interface FileKind<Column extends string, Parsed> {
  columns: readonly ColumnSpec<Column>[];
  /** The record's value, or null after reporting its problems. */
  read(reader: RecordReader<Column>): Parsed | null;
  /** The staged columns as tab-separated COPY text, without a line end. */
  copyFields(record: Parsed): string;
  /** The record's key as one string, e.g. invoice number and line. */
  keyOf(record: Parsed): string;
}

export interface ReadBatch {
  /** Lines for the staging table: the row number, then the fields. */
  staging: string;
  /** Lines for the target table, the batch id first; "" when not asked. */
  direct: string;
  rows: number;
}

export interface FileReading<Column extends string> {
  layout: ColumnLayout<Column>;
  /** False when the header lacks a column: no record is read. */
  readable: boolean;
  /** The good records, batch by batch. Iterate it once. */
  batches: AsyncGenerator<ReadBatch>;
  /** Good records read so far. */
  rowsRead(): number;
  /** False when no two good records read so far can share a key. */
  mayRepeat(): boolean;
}

/**
 * Opens the file and checks its header. With `batchId`, each batch also
 * carries the lines for the target table itself.
 */
export async function readFile<Column extends string, Parsed>(
  context: ImportContext,
  kind: FileKind<Column, Parsed>,
  batchId: number | null,
): Promise<FileReading<Column>> {
  const table = await TableReader.open(
    context.options.fileName,
    context.tap.chunks(),
  );
  const header = await table.header();
  if (!header) {
    throw new FileFormatError('the file is empty: it has no header row', 1);
  }

  const { layout, problems } = resolveColumns(
    kind.columns,
    header.cells,
    header.row,
  );
  problems.forEach((problem) => context.problems.push(problem));

  const reader = new RecordReader(layout, context.problems);
  const keys = new KeyFingerprints();
  let rowsRead = 0;

  async function* batches(): AsyncGenerator<ReadBatch> {
    for await (const batch of table.batches()) {
      if (problems.length > 0) {
        // Every row lacks the column: count them, read none.
        context.countRows(batch.length, batch.length);
        continue;
      }

      let staging = '';
      let direct = '';
      let rows = 0;
      for (const record of batch) {
        reader.begin(record);
        const parsed = kind.read(reader);
        if (parsed === null) continue;

        keys.add(kind.keyOf(parsed));
        const fields = kind.copyFields(parsed);
        staging += `${record.row}\t${fields}\n`;
        if (batchId !== null) direct += `${batchId}\t${fields}\n`;
        rows += 1;
      }
      rowsRead += rows;
      context.countRows(batch.length, batch.length - rows);
      yield { staging, direct, rows };
    }
  }

  return {
    layout,
    readable: problems.length === 0,
    batches: batches(),
    rowsRead: () => rowsRead,
    mayRepeat: () => keys.mayRepeat,
  };
}
