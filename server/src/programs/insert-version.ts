import type { Connection } from '../db/database.js';
import type { ProgramVersionStatus } from '../db/program-schema.js';
import type { ProgramDocument } from './program-file.js';
import { versionColumns, type VersionRow } from './program-rows.js';

export interface NewVersion {
  programId: number;
  version: number;
  status: ProgramVersionStatus;
  definition: ProgramDocument;
  effectiveFrom: string;
  authorUserId: number | null;
  author: string;
}

export async function insertVersion(
  connection: Connection,
  version: NewVersion,
): Promise<VersionRow> {
  const [row] = await connection.query<VersionRow>(
    `insert into program_versions (program_id, version, status, definition,
       effective_from, author_user_id, author)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7)
     returning ${versionColumns}`,
    [
      version.programId,
      version.version,
      version.status,
      JSON.stringify(version.definition),
      version.effectiveFrom,
      version.authorUserId,
      version.author,
    ],
  );
  if (!row) throw new Error('program_versions insert returned no row');

  return row;
}
