// A streaming CSV reader (RFC 4180: commas, double quotes, CRLF or LF, line
// breaks inside quotes). Lines without a quote take a fast path that splits
// on commas; the file is never held whole, only the unfinished last record
// of a chunk is carried over. Blank records (",,,") are skipped.
import { FileFormatError } from './bad-row.js';
import type { TableRow } from './table.js';

export async function* readCsvRows(
  chunks: AsyncIterable<string>,
): AsyncGenerator<TableRow[]> {
  const parser = new CsvParser();
  for await (const chunk of chunks) {
    const rows = parser.push(chunk);
    if (rows.length > 0) yield rows;
  }
  const rest = parser.end();
  if (rest.length > 0) yield rest;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BLANK = /^[,\s]*$/;

interface QuotedRecord {
  cells: string[];
  next: number;
  lineBreaks: number;
}

export class CsvParser {
  private carry = '';
  /** The line where the carried-over text starts. */
  private line = 1;

  push(chunk: string): TableRow[] {
    return this.parse(this.carry + chunk, false);
  }

  end(): TableRow[] {
    return this.parse(this.carry, true);
  }

  private parse(text: string, final: boolean): TableRow[] {
    const rows: TableRow[] = [];
    const length = text.length;
    let pos = 0;
    let nextQuote = -1;

    while (pos < length) {
      const newline = text.indexOf('\n', pos);
      if (newline < 0 && !final) break;
      const lineEnd = newline < 0 ? length : newline;

      if (nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextQuote < 0 || nextQuote >= lineEnd) {
        nextQuote = nextQuote < 0 ? length : nextQuote;
        const end =
          lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR
            ? lineEnd - 1
            : lineEnd;
        const lineText = text.slice(pos, end);
        if (!isBlank(lineText)) {
          rows.push({ row: this.line, cells: lineText.split(',') });
        }
        this.line += 1;
        pos = lineEnd + 1;
        continue;
      }

      const record = readQuotedRecord(text, pos, final, this.line);
      if (!record) break;
      if (!record.cells.every((cell) => cell.trim() === '')) {
        rows.push({ row: this.line, cells: record.cells });
      }
      this.line += 1 + record.lineBreaks;
      pos = record.next;
    }

    this.carry = pos >= length ? '' : text.slice(pos);
    return rows;
  }
}

function isBlank(line: string): boolean {
  if (line === '') return true;
  const first = line.charCodeAt(0);
  return (first === COMMA || first <= 32) && BLANK.test(line);
}

/**
 * Reads one record that has a quote somewhere, char by char. Returns null
 * when the text ends inside the record and more text may follow.
 */
function readQuotedRecord(
  text: string,
  start: number,
  final: boolean,
  line: number,
): QuotedRecord | null {
  const cells: string[] = [];
  const length = text.length;
  let lineBreaks = 0;
  let i = start;

  for (;;) {
    let field = '';
    if (text.charCodeAt(i) === QUOTE) {
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          if (!final) return null;
          throw new FileFormatError(
            `a quoted value that starts in row ${line} is never closed`,
            line,
          );
        }
        const part = text.slice(i, close);
        field += part;
        lineBreaks += countLineBreaks(part);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    }

    // Up to the next comma or line end; text after a closing quote is kept.
    let stop = i;
    while (stop < length) {
      const code = text.charCodeAt(stop);
      if (code === COMMA || code === LF) break;
      stop += 1;
    }
    if (stop >= length && !final) return null;

    const rest = text.slice(i, stop);
    field += text.charCodeAt(stop) === LF ? rest.replace(/\r$/, '') : rest;
    cells.push(field);

    if (stop >= length) return { cells, next: length, lineBreaks };
    if (text.charCodeAt(stop) === LF) {
      return { cells, next: stop + 1, lineBreaks };
    }
    i = stop + 1;
  }
}

function countLineBreaks(part: string): number {
  let count = 0;
  for (let at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}
