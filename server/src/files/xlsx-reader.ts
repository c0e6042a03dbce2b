// The first sheet of an .xlsx workbook, streamed (exceljs), as text cells:
// text as written, date cells as YYYY-MM-DD, numbers as the shortest
// decimal that reads back as the same number, percentages as "13%".
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TableRow } from './table.js';

const BATCH_ROWS = 1000;

export async function* readXlsxRows(
  bytes: AsyncIterable<Buffer>,
): AsyncGenerator<TableRow[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from(bytes),
    {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    },
  );

  let first = true;
  for await (const worksheet of workbook) {
    if (!first) {
      // Later sheets are read past, not used: the zip is one stream.
      for await (const _row of worksheet) continue;
      continue;
    }
    first = false;

    let batch: TableRow[] = [];
    for await (const row of worksheet) {
      const cells = rowCells(row);
      if (cells.every((cell) => cell.trim() === '')) continue;
      batch.push({ row: row.number, cells });
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}

function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = cellText(cell.value, cell.numFmt);
  });
  return cells;
}

export function cellText(
  value: ExcelJS.CellValue,
  numFmt: string | undefined,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    return numFmt?.includes('%')
      ? `${shiftPoint(decimalText(value), 2)}%`
      : decimalText(value);
  }
  if (value instanceof Date) return isoDate(value);

  if ('richText' in value)
    return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || typeof result === 'object') {
      return result instanceof Date ? isoDate(result) : '';
    }
    return cellText(result, numFmt);
  }
  if ('text' in value) return value.text;
  return '';
}

/** Excel keeps dates as days; exceljs gives them as UTC midnights. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The shortest decimal that round-trips (what `String` gives), written
 * without an exponent: 1e-7 becomes "0.0000001".
 */
export function decimalText(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;

  const [, sign = '', lead = '', rest = '', exponent = '0'] = match;
  return (
    sign +
    shiftPoint(lead + (rest ? `.${rest}` : ''), Number.parseInt(exponent, 10))
  );
}

/** Moves the decimal point of a plain decimal string by `places`. */
function shiftPoint(text: string, places: number): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split(
    '.',
  );
  const digits = whole + fraction;
  const point = whole.length + places;

  let shifted: string;
  if (point <= 0) shifted = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length)
    shifted = digits + '0'.repeat(point - digits.length);
  else shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;

  shifted = shifted.replace(/^0+(?=\d)/, '');
  if (shifted.includes('.')) shifted = shifted.replace(/\.?0+$/, '');
  return (negative ? '-' : '') + shifted;
}
