import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import type { ProgramActor } from './program-actor.js';
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

/**
 * Sends a submitted version back with a reason. It stays on record as
 * rejected; the change comes back as a new version.
 */
export async function rejectProgramVersion(
  store: Store,
  code: string,
  versionNumber: number | undefined,
  reason: string,
  actor: ProgramActor,
): Promise<ProgramDetail> {
  const why = reason.trim();
  if (why === '') throw new ProgramError('reason_required', code);

  return store.transaction(async (connection) => {
    const stored = await lockProgram(connection, code);
    assertNotClosed(stored);
    const versions = await listVersionRows(connection, stored.id);
    const submitted = chosenVersion(stored, versions, versionNumber);
    if (submitted.status !== 'submitted') {
      throw new ProgramError('program_version_not_submitted', code);
    }

    const [rejected] = await connection.query<VersionRow>(
      `update program_versions
          set status = 'rejected', rejected_by = $2, rejected_at = now(),
              rejection_reason = $3, updated_at = now()
        where id = $1
        returning ${versionColumns}`,
      [submitted.id, actor.audit.actor, why],
    );
    const programStatus =
      stored.status === 'submitted' ? 'draft' : stored.status;
    await setProgramStatus(connection, stored, programStatus);

    await recordProgramChange(connection, actor.audit, {
      action: 'program.version.reject',
      code,
      before: programState(stored.status, submitted),
      after: programState(programStatus, rejected ?? submitted),
      reason: why,
    });
    return readProgramDetail(connection, code, businessToday());
  });
}
