import { refreshInTransaction } from '../accruals/refresh-accruals.js';
import type { Store } from '../db/database.js';
import { businessToday } from './business-date.js';
import type { ProgramActor } from './program-actor.js';
import { ProgramError } from './program-errors.js';
import { lockProgram } from './program-rows.js';
import type { ProgramDetail } from './program-schemas.js';
import { readProgramDetail } from './program-views.js';
import { programState, recordProgramChange } from './record-program-change.js';

/** An active program ends: no version of it changes any more. */
export async function closeProgram(
  store: Store,
  code: string,
  reason: string | undefined,
  actor: ProgramActor,
): Promise<ProgramDetail> {
  return store.transaction(async (connection) => {
    const stored = await lockProgram(connection, code);
    if (stored.status !== 'active') {
      throw new ProgramError('program_not_active', code, [
        { message: `the program is ${stored.status}` },
      ]);
    }

    await connection.query(
      `update programs
          set status = 'closed', closed_by = $2, closed_at = now(),
              updated_at = now()
        where id = $1`,
      [stored.id, actor.audit.actor],
    );
    await recordProgramChange(connection, actor.audit, {
      action: 'program.close',
      code,
      before: programState(stored.status),
      after: programState('closed'),
      reason: reason?.trim() || null,
    });

    // The program's accruals follow the change in the same transaction.
    await refreshInTransaction(connection, {
      asOf: businessToday(),
      audit: actor.audit,
    });
    return readProgramDetail(connection, code, businessToday());
  });
}
