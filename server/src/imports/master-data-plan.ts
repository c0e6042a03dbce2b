// Master data (customers, products) is upserted by its code: a staged row
// is new, updated (some value changed) or unchanged, which counts as a
// duplicate. A column the file does not have is left as stored.
import type { Connection } from '../db/database.js';
import type { ColumnLayout } from '../files/columns.js';
import type { ImportPlan } from './staged-import.js';
import type { FileKind } from './read-file.js';
import {
  keyMatch,
  rowOf,
  stagedColumns,
  STAGING_TABLE,
  type StagedColumn,
  type StagingSpec,
} from './staging.js';

export function masterDataPlan<Column extends string, Parsed>(options: {
  staging: StagingSpec;
  lockKey: number;
  prepare(connection: Connection): Promise<FileKind<Column, Parsed>>;
}): ImportPlan<Column, Parsed> {
  const { staging } = options;
  const [key] = staging.key;
  if (!key || staging.key.length !== 1) {
    throw new Error('master data is keyed by one column');
  }

  return {
    ...options,
    direct: false,
    async compare(connection, _context, file) {
      const content = presentContent(staging, file.layout);
      const changed = content.length
        ? `${rowOf(content, 's')} is distinct from ${rowOf(content, 't')}`
        : 'false';
      const [counts] = await connection.query<{ new: number; updated: number }>(
        `select (count(*) filter (where t.${key.name} is null))::int as new,
                (count(*) filter (where t.${key.name} is not null
                   and ${changed}))::int as updated
           from ${STAGING_TABLE} s
           left join ${staging.target} t on ${keyMatch(staging, 's', 't')}`,
      );
      const created = counts?.new ?? 0;
      const updated = counts?.updated ?? 0;
      return {
        new: created,
        updated,
        duplicates: file.staged - created - updated,
        bad: 0,
      };
    },
    async store(connection, _batchId, layout) {
      const columns = stagedColumns(staging).map((column) => column.name);
      const content = presentContent(staging, layout);
      const target = staging.target;
      const update = content.length
        ? `update set ${content
            .map((column) => `${column.name} = excluded.${column.name}`)
            .join(', ')}, updated_at = now()
           where ${rowOf(content, target)} is distinct from ${rowOf(content, 'excluded')}`
        : 'nothing';

      await connection.query(
        `insert into ${target} (${columns.join(', ')})
         select ${columns.join(', ')} from ${STAGING_TABLE}
         on conflict (${key.name}) do ${update}`,
      );
    },
  };
}

function presentContent<Column extends string>(
  staging: StagingSpec,
  layout: ColumnLayout<Column>,
): StagedColumn[] {
  const index = layout.index as Record<string, number>;
  return staging.content.filter(
    (column) => (index[column.fileColumn] ?? -1) >= 0,
  );
}
