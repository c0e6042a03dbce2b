// A whole input file as validated records, for callers that need every
// record in memory (the calculation's input), not a streamed import.
import fs from 'node:fs';
import path from 'node:path';
import { FileFormatError, type BadRow } from './bad-row.js';
import { ByteTap } from './byte-tap.js';
import { resolveColumns, type ColumnSpec } from './columns.js';
import { RecordReader } from './record-reader.js';
import { TableReader } from './table-reader.js';

export interface FileRecord<Value> {
  row: number;
  value: Value;
}

export interface FileRecords<Value> {
  records: FileRecord<Value>[];
  problems: BadRow[];
}

export async function readFileRecords<Column extends string, Value>(
  file: string,
  columns: readonly ColumnSpec<Column>[],
  read: (reader: RecordReader<Column>) => Value | null,
): Promise<FileRecords<Value>> {
  const records: FileRecord<Value>[] = [];
  const problems: BadRow[] = [];

  try {
    const source = new ByteTap(fs.createReadStream(file));
    const table = await TableReader.open(path.basename(file), source.chunks());
    const header = await table.header();
    if (!header) {
      throw new FileFormatError('the file is empty: it has no header row', 1);
    }

    const resolved = resolveColumns(columns, header.cells, header.row);
    if (resolved.problems.length > 0) {
      return { records, problems: resolved.problems };
    }

    const reader = new RecordReader(resolved.layout, problems);
    for await (const batch of table.batches()) {
      for (const row of batch) {
        reader.begin(row);
        const value = read(reader);
        if (value !== null) records.push({ row: row.row, value });
      }
    }
  } catch (error) {
    if (error instanceof FileFormatError) problems.push(error.toBadRow());
    else if (isFileSystemError(error)) problems.push(unreadable(error));
    else throw error;
  }
  return { records, problems };
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string'
  );
}

function unreadable(error: NodeJS.ErrnoException): BadRow {
  const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
  return {
    row: 1,
    column: null,
    code: 'unreadable_file',
    message: `cannot read the file: ${reason}`,
  };
}
