import type { DataScope } from '../auth/scope.js';
import type { Connection, Store } from '../db/database.js';
import type { ProgramStatus } from '../db/program-schema.js';
import { likePattern, SqlFilter } from '../db/sql-filter.js';
import { programOf } from './program-file.js';
import { isoTime } from './program-rows.js';
import type { ProgramSummary } from './program-schemas.js';
import {
  liveStatuses,
  readerSees,
  termsReaderOf,
  type TermsReader,
} from './terms-reader.js';
import { currentVersionAt, type DatedVersion } from './version-in-force.js';

export interface ProgramListQuery {
  /** Part of the code or the name. */
  q?: string;
  status?: ProgramStatus;
  limit?: number;
  offset?: number;
  /** The date that decides the version in force. */
  asOf: string;
}

interface SummaryRow {
  id: number;
  code: string;
  name: string;
  status: ProgramStatus;
  updatedAt: Date | string;
  latestVersion: number;
  inForce: number | null;
}

/** Programs by code; a reader of terms gets the live ones it may see. */
export async function listPrograms(
  store: Store,
  query: ProgramListQuery,
  scope: DataScope,
): Promise<{ items: ProgramSummary[]; total: number }> {
  const filter = new SqlFilter();
  if (query.q) {
    const pattern = filter.param(likePattern(query.q));
    filter.where(`(p.code ilike ${pattern} or p.name ilike ${pattern})`);
  }
  if (query.status) filter.where(`p.status = ${filter.param(query.status)}`);
  if (scope.kind !== 'all') {
    filter.where(`p.status = any(${filter.param(liveStatuses)}::text[])`);
  }
  const where = filter.clause();
  const whereParams = [...filter.params];
  // Last, so the count query can leave it out.
  const asOf = filter.param(query.asOf);
  const select = `select p.id, p.code, p.name, p.status,
      p.updated_at as "updatedAt",
      (select max(v.version) from program_versions v
        where v.program_id = p.id)::int as "latestVersion",
      (select v.version from program_versions v
        where v.program_id = p.id and v.status = 'approved'
          and v.effective_from <= ${asOf}::date
        order by v.effective_from desc, v.version desc limit 1) as "inForce"
    from programs p ${where} order by p.code`;

  return store.transaction(async (connection) => {
    if (scope.kind === 'all') {
      const rows = await connection.query<SummaryRow>(
        `${select} ${filter.page(query)}`,
        filter.params,
      );
      const [counted] = await connection.query<{ total: number }>(
        `select count(*)::int as total from programs p ${where}`,
        whereParams,
      );
      return { items: rows.map(toSummary), total: counted?.total ?? 0 };
    }

    const reader = await termsReaderOf(connection, scope);
    if (!reader) return { items: [], total: 0 };
    const rows = await connection.query<SummaryRow>(select, filter.params);
    const seen = await visibleTo(connection, reader, rows, query.asOf);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 50;

    return {
      items: seen.slice(offset, offset + limit).map(toSummary),
      total: seen.length,
    };
  });
}

async function visibleTo(
  connection: Connection,
  reader: TermsReader,
  rows: readonly SummaryRow[],
  asOf: string,
): Promise<SummaryRow[]> {
  const versions = await connection.query<
    DatedVersion & { programId: number; definition: unknown }
  >(
    `select program_id as "programId", version, status,
            effective_from::text as "effectiveFrom", definition
       from program_versions
      where status = 'approved' and program_id = any($1::int[])`,
    [rows.map((row) => row.id)],
  );

  return rows.filter((row) => {
    const own = versions.filter((version) => version.programId === row.id);
    const current = currentVersionAt(own, asOf);
    return (
      current !== null &&
      readerSees(reader, row.status, programOf(current.definition))
    );
  });
}

function toSummary(row: SummaryRow): ProgramSummary {
  const live = row.status === 'active' || row.status === 'closed';

  return {
    code: row.code,
    name: row.name,
    status: row.status,
    versionInForce: live ? row.inForce : null,
    latestVersion: row.latestVersion,
    updatedAt: isoTime(row.updatedAt),
  };
}
