// Opens an input file as a table: its header row, then its records in
// batches. CSV (UTF-8 or GB18030) or .xlsx, told apart by the file name and
// by the zip signature of the first bytes.
import { FileFormatError } from './bad-row.js';
import { readCsvRows } from './csv-reader.js';
import type { TableRow } from './table.js';
import { decodeText } from './text-decoding.js';

export type TableFormat = 'csv' | 'xlsx';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export class TableReader {
  private pending: TableRow[] = [];

  private constructor(
    readonly format: TableFormat,
    private readonly source: AsyncIterator<TableRow[]>,
  ) {}

  static async open(
    fileName: string,
    bytes: AsyncIterable<Buffer>,
  ): Promise<TableReader> {
    const iterator = bytes[Symbol.asyncIterator]();
    const first = await iterator.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    const rest = prepend(head, iterator);

    const format = tableFormat(fileName, head);
    if (format === 'csv') {
      return new TableReader(format, readCsvRows(decodeText(rest).chunks));
    }

    // exceljs is large: CSV imports do not load it.
    const { readXlsxRows } = await import('./xlsx-reader.js');
    return new TableReader(format, readXlsxRows(rest));
  }

  /** The first non-blank row; null for a file without one. */
  async header(): Promise<TableRow | null> {
    for (;;) {
      const next = await this.source.next();
      if (next.done) return null;
      const [header, ...rest] = next.value;
      if (header) {
        this.pending = rest;
        return header;
      }
    }
  }

  /** The records after the header, in batches. */
  async *batches(): AsyncGenerator<TableRow[]> {
    if (this.pending.length > 0) yield this.pending;
    this.pending = [];
    for (;;) {
      const next = await this.source.next();
      if (next.done) return;
      yield next.value;
    }
  }
}

function tableFormat(fileName: string, head: Buffer): TableFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xls')) {
    throw new FileFormatError(
      'old Excel .xls files are not read: save the sheet as .xlsx or CSV',
    );
  }
  if (name.endsWith('.xlsx') || name.endsWith('.xlsm')) return 'xlsx';
  return head.subarray(0, 4).equals(ZIP_SIGNATURE) ? 'xlsx' : 'csv';
}

async function* prepend(
  head: Buffer,
  rest: AsyncIterator<Buffer>,
): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
