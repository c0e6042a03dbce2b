// Reads the cells of one record by column name, collecting every problem of
// the record (DESIGN §4.1: each bad value is reported with row and column).
import type { BadRow, BadRowSink } from './bad-row.js';
import type { ColumnLayout } from './columns.js';
import {
  FieldProblem,
  parseDate,
  parseDecimal,
  type DecimalRule,
} from './fields.js';
import type { TableRow } from './table.js';

export class RecordReader<Name extends string> {
  private current: TableRow = { row: 0, cells: [] };
  private failed = false;

  constructor(
    private readonly layout: ColumnLayout<Name>,
    private readonly problems: BadRowSink,
  ) {}

  begin(record: TableRow): void {
    this.current = record;
    this.failed = false;
  }

  /** False once any value of the current record was refused. */
  get ok(): boolean {
    return !this.failed;
  }

  get row(): number {
    return this.current.row;
  }

  /** The trimmed text of a cell, "" when empty or absent. */
  text(name: Name): string {
    const index = this.layout.index[name];
    const cell = index < 0 ? undefined : this.current.cells[index];
    return cell === undefined ? '' : cell.trim();
  }

  /** A cell that must not be empty. */
  required(name: Name): string {
    const value = this.text(name);
    if (value === '') this.fail(name, 'missing_value', 'a value is required');
    return value;
  }

  date(name: Name): string {
    return this.parse(name, this.required(name), parseDate) ?? '';
  }

  optionalDate(name: Name): string | null {
    const text = this.text(name);
    return text === '' ? null : this.parse(name, text, parseDate);
  }

  decimal(name: Name, rule: DecimalRule): string {
    const text = this.required(name);
    return this.parse(name, text, (value) => parseDecimal(value, rule)) ?? '';
  }

  optionalDecimal(name: Name, rule: DecimalRule): string | null {
    const text = this.text(name);
    if (text === '') return null;
    return this.parse(name, text, (value) => parseDecimal(value, rule));
  }

  /** Applies a field parser to a cell's text; null (and a problem) if refused. */
  parse<T>(
    name: Name,
    text: string,
    parser: (text: string) => T | FieldProblem,
  ): T | null {
    if (text === '') return null;
    const result = parser(text);
    if (result instanceof FieldProblem) {
      this.fail(name, result.code, result.message, text);
      return null;
    }
    return result;
  }

  fail(name: Name | null, code: string, message: string, value?: string) {
    this.failed = true;
    const problem: BadRow = {
      row: this.current.row,
      column: name === null ? null : this.layout.header[name],
      code,
      message,
    };
    if (value !== undefined) problem.value = value;
    this.problems.push(problem);
  }
}
