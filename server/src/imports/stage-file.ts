// Reads the file row by row, validates each record, and streams the good
// ones into the staging table. Only a chunk of the file is in memory at a
// time; problems go to the collector.
import type { Connection } from '../db/database.js';
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
import {
  copyIntoStaging,
  type CopyBatch,
  type StagingSpec,
} from './staging.js';

/** How one kind of file is read and staged. */
export interface FileKind<Column extends string, Parsed> {
  columns: readonly ColumnSpec<Column>[];
  /** The record's value, or null after reporting its problems. */
  read(reader: RecordReader<Column>): Parsed | null;
  /** The record as one COPY text line: row number, staged columns, "\n". */
  copyLine(record: Parsed, row: number): string;
  /** The record's key as one string, e.g. invoice number and line. */
  keyOf(record: Parsed): string;
}

export interface StagedFile<Column extends string> {
  layout: ColumnLayout<Column>;
  /** False when the header lacks a column: nothing was staged. */
  readable: boolean;
  rowsStaged: number;
  /** False when no two staged rows can share a key. */
  mayRepeat: boolean;
}

export async function stageFile<Column extends string, Parsed>(
  context: ImportContext,
  connection: Connection,
  kind: FileKind<Column, Parsed>,
  staging: StagingSpec,
): Promise<StagedFile<Column>> {
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
  if (problems.length > 0) {
    // Every row lacks the column: count them, stage none.
    for await (const batch of table.batches()) {
      context.countRows(batch.length, batch.length);
    }
    return { layout, readable: false, rowsStaged: 0, mayRepeat: false };
  }

  const reader = new RecordReader(layout, context.problems);
  const keys = new KeyFingerprints();
  let rowsStaged = 0;

  async function* copyBatches(): AsyncGenerator<CopyBatch> {
    for await (const batch of table.batches()) {
      let text = '';
      let rows = 0;
      for (const record of batch) {
        reader.begin(record);
        const parsed = kind.read(reader);
        if (parsed === null) continue;
        keys.add(kind.keyOf(parsed));
        text += kind.copyLine(parsed, record.row);
        rows += 1;
      }
      rowsStaged += rows;
      context.countRows(batch.length, batch.length - rows);
      yield { text, rows };
    }
  }

  await copyIntoStaging(context.store, connection, staging, copyBatches());
  return { layout, readable: true, rowsStaged, mayRepeat: keys.mayRepeat };
}
