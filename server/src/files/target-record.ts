// One row of targets.csv (DESIGN §4.1): a customer's sales target for one
// period of one program, validated.
import type { ColumnSpec } from './columns.js';
import { moneyRule } from './fields.js';
import type { RecordReader } from './record-reader.js';

export const targetColumns = [
  { name: 'program', chinese: '政策编码', required: true },
  { name: 'customer_code', chinese: '客户编码', required: true },
  { name: 'period_start', chinese: '期间开始', required: true },
  { name: 'target', chinese: '目标', required: true },
] as const satisfies readonly ColumnSpec[];

export type TargetColumn = (typeof targetColumns)[number]['name'];

export interface TargetRecord {
  program: string;
  customerCode: string;
  periodStart: string;
  /** A decimal string with at most 2 decimals. */
  target: string;
}

/** What the file is checked against: customers and program periods. */
export interface TargetReferences {
  hasCustomer(code: string): boolean;
  hasProgram(code: string): boolean;
  /**
   * The (clipped) period starts of a known program, in order; null when
   * the programs are not at hand and periods go unchecked.
   */
  periodStarts(program: string): readonly string[] | null;
}

export function readTargetRecord(
  reader: RecordReader<TargetColumn>,
  references: TargetReferences,
): TargetRecord | null {
  const record: TargetRecord = {
    program: reader.required('program'),
    customerCode: reader.required('customer_code'),
    periodStart: reader.date('period_start'),
    target: reader.decimal('target', moneyRule),
  };

  if (
    record.customerCode !== '' &&
    !references.hasCustomer(record.customerCode)
  ) {
    reader.fail(
      'customer_code',
      'unknown_customer',
      'no customer has this code',
      record.customerCode,
    );
  }
  if (record.program !== '') checkPeriod(reader, record, references);

  return reader.ok ? record : null;
}

// A target belongs to one period of its program: its start must be the
// (clipped) start of one of the program's periods.
function checkPeriod(
  reader: RecordReader<TargetColumn>,
  record: TargetRecord,
  references: TargetReferences,
): void {
  if (!references.hasProgram(record.program)) {
    reader.fail(
      'program',
      'unknown_program',
      'no program has this code',
      record.program,
    );
    return;
  }
  if (record.periodStart === '') return;

  const starts = references.periodStarts(record.program);
  if (starts !== null && !starts.includes(record.periodStart)) {
    reader.fail(
      'period_start',
      'unknown_period',
      `matches no period of ${record.program} (periods start ${listStarts(starts)})`,
      record.periodStart,
    );
  }
}

function listStarts(starts: readonly string[]): string {
  const shown = starts.slice(0, 4).join(', ');
  return starts.length > 4 ? `${shown}, ...` : shown;
}
