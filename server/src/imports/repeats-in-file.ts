// A key given twice in one file (DESIGN §4.1): a repeat with the same
// content is a duplicate and is skipped; with other content it is a bad row
// (`duplicate_in_file`). The first occurrence stays staged either way.
import type { Connection } from '../db/database.js';
import type { BadRowCollector } from './bad-row-collector.js';
import {
  displayOf,
  STAGING_TABLE,
  type StagedColumn,
  type StagingSpec,
} from './staging.js';

export interface RepeatsOutcome {
  /** Repeats with the same content. */
  duplicates: number;
  /** Repeats with other content, each a bad row. */
  bad: number;
}

type TextRow = Record<string, string | null>;

export async function settleRepeatsInFile(
  connection: Connection,
  spec: StagingSpec,
  headerOf: (fileColumn: string) => string,
  problems: BadRowCollector,
): Promise<RepeatsOutcome> {
  const keys = spec.key.map((column) => column.name);
  const rows = await connection.query<TextRow>(
    `select s.row_no::text as row_no, ${selectTexts(spec, 's')}
       from ${STAGING_TABLE} s
       join (select ${keys.join(', ')} from ${STAGING_TABLE}
              group by ${keys.join(', ')} having count(*) > 1) d
      using (${keys.join(', ')})
      order by ${keys.map((key) => `s.${key}`).join(', ')}, s.row_no`,
  );
  if (rows.length === 0) return { duplicates: 0, bad: 0 };

  const outcome: RepeatsOutcome = { duplicates: 0, bad: 0 };
  const repeated: string[] = [];
  let first: TextRow | null = null;

  for (const row of rows) {
    if (!first || !sameKey(spec, first, row)) {
      first = row;
      continue;
    }
    repeated.push(row.row_no ?? '');

    const differing = spec.content.filter(
      (column) => row[column.name] !== first?.[column.name],
    );
    const [shown] = differing;
    if (!shown) {
      outcome.duplicates += 1;
      continue;
    }

    outcome.bad += 1;
    problems.push({
      row: Number.parseInt(row.row_no ?? '0', 10),
      column: headerOf(shown.fileColumn),
      code: 'duplicate_in_file',
      message:
        `${spec.describeKey(keyValues(spec, row))} is also in row ` +
        `${first.row_no} with other values (` +
        describeDifferences(
          differing,
          headerOf,
          first,
          row,
          'row ' + first.row_no,
        ) +
        ')',
      value: row[shown.name] ?? '',
    });
  }

  await connection.query(
    `delete from ${STAGING_TABLE} where row_no = any($1::int[])`,
    [`{${repeated.join(',')}}`],
  );
  return outcome;
}

/** Key and content columns as display text, aliased by column name. */
export function selectTexts(spec: StagingSpec, alias: string): string {
  return [...spec.key, ...spec.content]
    .map((column) => `${displayOf(column, alias)} as ${column.name}`)
    .join(', ');
}

export function keyValues(spec: StagingSpec, row: TextRow): string[] {
  return spec.key.map((column) => row[column.name] ?? '');
}

function sameKey(spec: StagingSpec, a: TextRow, b: TextRow): boolean {
  return spec.key.every((column) => a[column.name] === b[column.name]);
}

/** `net_amount 100.00 in row 2, 120.00 here`, for each differing column. */
export function describeDifferences(
  differing: readonly StagedColumn[],
  headerOf: (fileColumn: string) => string,
  other: TextRow,
  row: TextRow,
  otherName: string,
): string {
  return differing
    .map(
      (column) =>
        `${headerOf(column.fileColumn)} ${show(other[column.name])} in ` +
        `${otherName}, ${show(row[column.name])} here`,
    )
    .join('; ');
}

function show(value: string | null | undefined): string {
  return value === null || value === undefined || value === ''
    ? 'empty'
    : value;
}
