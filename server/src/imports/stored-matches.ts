// Staged rows whose key is already stored (DESIGN §4.1): with the same
// content they are duplicates, with other content conflicts (bad rows).
// Stored facts are never overwritten; matched rows leave the staging table.
import type { Connection } from '../db/database.js';
import type { BadRowCollector } from './bad-row-collector.js';
import {
  describeDifferences,
  keyValues,
  selectTexts,
} from './repeats-in-file.js';
import {
  displayOf,
  keyMatch,
  rowOf,
  STAGING_TABLE,
  type StagingSpec,
} from './staging.js';

export interface StoredMatchesOutcome {
  duplicates: number;
  conflicts: number;
}

type TextRow = Record<string, string | null>;

export async function settleStoredMatches(
  connection: Connection,
  spec: StagingSpec,
  headerOf: (fileColumn: string) => string,
  problems: BadRowCollector,
): Promise<StoredMatchesOutcome> {
  const join = `from ${STAGING_TABLE} s join ${spec.target} t on ${keyMatch(spec, 's', 't')}`;
  const differs = `${rowOf(spec.content, 's')} is distinct from ${rowOf(spec.content, 't')}`;

  const [counts] = await connection.query<{
    matched: number;
    conflicts: number;
  }>(
    `select count(*)::int as matched,
            (count(*) filter (where ${differs}))::int as conflicts ${join}`,
  );
  const matched = counts?.matched ?? 0;
  const conflicts = counts?.conflicts ?? 0;
  if (matched === 0) return { duplicates: 0, conflicts: 0 };

  if (conflicts > 0) {
    await reportConflicts(connection, spec, headerOf, problems, join, differs);
  }
  await connection.query(
    `delete from ${STAGING_TABLE} s using ${spec.target} t
      where ${keyMatch(spec, 's', 't')}`,
  );
  return { duplicates: matched - conflicts, conflicts };
}

async function reportConflicts(
  connection: Connection,
  spec: StagingSpec,
  headerOf: (fileColumn: string) => string,
  problems: BadRowCollector,
  join: string,
  differs: string,
): Promise<void> {
  const stored = spec.content
    .map((column) => `${displayOf(column, 't')} as stored_${column.name}`)
    .join(', ');
  const rows = await connection.query<TextRow>(
    `select s.row_no::text as row_no, ${selectTexts(spec, 's')}, ${stored}
       ${join} where ${differs} order by s.row_no limit $1`,
    [Math.max(problems.room, 0)],
  );

  for (const row of rows) {
    const storedRow: TextRow = {};
    for (const column of spec.content) {
      storedRow[column.name] = row[`stored_${column.name}`] ?? null;
    }
    const differing = spec.content.filter(
      (column) => row[column.name] !== storedRow[column.name],
    );
    const shown = differing[0] ?? spec.content[0];

    problems.push({
      row: Number.parseInt(row.row_no ?? '0', 10),
      column: shown ? headerOf(shown.fileColumn) : null,
      code: 'conflict',
      message:
        `${spec.describeKey(keyValues(spec, row))} is already stored with ` +
        `other values (` +
        describeDifferences(differing, headerOf, storedRow, row, 'the store') +
        ')',
      value: shown ? (row[shown.name] ?? '') : '',
    });
  }
}
