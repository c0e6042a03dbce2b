import { assertNotOwnWork } from '../auth/separation-of-duties.js';
import { refreshInTransaction } from '../accruals/refresh-accruals.js';
import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import type { ProgramActor } from './program-actor.js';
import { ProgramError } from './program-errors.js';
import { programOf } from './program-file.js';
import {
  assertNotClosed,
  chosenVersion,
  listVersionRows,
  lockProgram,
  versionColumns,
  type VersionRow,
} from './program-rows.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';
import { supersededBy } from './version-in-force.js';

/**
 * Approves a submitted version, by someone who neither wrote nor submitted
 * it (DESIGN §5). Approved versions that would now never be in force, those
 * taking effect on or after this one, are superseded.
 */
export async function approveProgramVersion(
  store: Store,
  code: string,
  versionNumber: number | undefined,
  actor: ProgramActor,
): Promise<ProgramDetail> {
  return store.transaction(async (connection) => {
    const stored = await lockProgram(connection, code);
    assertNotClosed(stored);
    const versions = await listVersionRows(connection, stored.id);
    const submitted = chosenVersion(stored, versions, versionNumber);
    if (submitted.status !== 'submitted') {
      throw new ProgramError('program_version_not_submitted', code);
    }
    assertNotOwnWork(actor.principal, submitted.authorUserId);
    assertNotOwnWork(actor.principal, submitted.submittedByUserId);

    const superseded = supersededBy(versions, submitted);
    const [approved] = await connection.query<VersionRow>(
      `update program_versions
          set status = 'approved', approved_by = $2, approved_at = now(),
              updated_at = now()
        where id = $1
        returning ${versionColumns}`,
      [submitted.id, actor.audit.actor],
    );
    if (superseded.length > 0) {
      await connection.query(
        `update program_versions set status = 'superseded', updated_at = now()
          where id = any($1::int[])`,
        [superseded.map((row) => row.id)],
      );
    }
    const programStatus =
      stored.status === 'submitted' ? 'approved' : stored.status;
    await connection.query(
      `update programs set status = $2, name = $3, updated_at = now()
        where id = $1`,
      [stored.id, programStatus, programOf(submitted.definition).name],
    );

    await recordProgramChange(connection, actor.audit, {
      action: 'program.version.approve',
      code,
      before: programState(stored.status, submitted),
      after: {
        ...programState(programStatus, approved ?? submitted),
        superseded: superseded.map((row) => row.version),
      },
    });
    // The program's accruals follow the change in the same transaction.
    await refreshInTransaction(connection, {
      asOf: businessToday(),
      audit: actor.audit,
    });
    return readProgramDetail(connection, code, businessToday());
  });
}
