import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import { userIdOf, type ProgramActor } from './program-actor.js';
import { ProgramError } from './program-errors.js';
import {
  assertNotClosed,
  chosenVersion,
  listVersionRows,
  lockProgram,
  setProgramStatus,
  versionColumns,
  type VersionRow,
} from './program-rows.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';

/** A draft goes to approval; from here on it never changes. */
export async function submitProgramVersion(
  store: Store,
  code: string,
  versionNumber: number | undefined,
  actor: ProgramActor,
): Promise<ProgramDetail> {
  return store.transaction(async (connection) => {
    const stored = await lockProgram(connection, code);
    assertNotClosed(stored);
    const versions = await listVersionRows(connection, stored.id);
    const draft = chosenVersion(stored, versions, versionNumber);
    if (draft.status !== 'draft') {
      throw new ProgramError('program_version_not_draft', code);
    }

    const [submitted] = await connection.query<VersionRow>(
      `update program_versions
          set status = 'submitted', submitted_by_user_id = $2,
              submitted_by = $3, submitted_at = now(), updated_at = now()
        where id = $1
        returning ${versionColumns}`,
      [draft.id, userIdOf(actor.principal), actor.audit.actor],
    );
    const programStatus =
      stored.status === 'draft' ? 'submitted' : stored.status;
    await setProgramStatus(connection, stored, programStatus);

    await recordProgramChange(connection, actor.audit, {
      action: 'program.version.submit',
      code,
      before: programState(stored.status, draft),
      after: programState(programStatus, submitted ?? draft),
    });
    return readProgramDetail(connection, code, businessToday());
  });
}
