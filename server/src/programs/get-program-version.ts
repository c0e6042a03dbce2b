import type { Store } from '../db/database.js';
import { ProgramError } from './program-errors.js';
import {
  findProgramRow,
  versionColumns,
  type ProgramRow,
  type VersionRow,
} from './program-rows.js';
import type { ProgramVersionDetail } from './program-schemas.js';
import { toProgramVersionDetail } from './program-views.js';

/** One version with its file as JSON, for readers of whole programs. */
export async function getProgramVersion(
  store: Store,
  code: string,
  versionNumber: number,
): Promise<ProgramVersionDetail> {
  const { program, version } = await findVersion(store, code, versionNumber);

  return toProgramVersionDetail(program, version);
}

export async function findVersion(
  store: Store,
  code: string,
  versionNumber: number,
): Promise<{ program: ProgramRow; version: VersionRow }> {
  return store.transaction(async (connection) => {
    const program = await findProgramRow(connection, code);
    if (!program) throw new ProgramError('program_not_found', code);

    const [version] = await connection.query<VersionRow>(
      `select ${versionColumns} from program_versions
        where program_id = $1 and version = $2`,
      [program.id, versionNumber],
    );
    if (!version) throw new ProgramError('program_version_not_found', code);

    return { program, version };
  });
}
