import { recordProgramWork } from '../accruals/pending-work.js';
import { refreshInTransaction } from '../accruals/refresh-accruals.js';
import { allData } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { businessToday } from '../programs/business-date.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { agreementState, findAgreement } from './agreement-rows.js';
import type { AgreementDetail } from './agreement-schemas.js';
import { recordAgreementChange } from './record-agreement-change.js';

/**
 * Ends an agreement, with a reason. It stays on record with its targets; the
 * customer may then be enrolled again under a new agreement.
 */
export async function terminateAgreement(
  store: Store,
  id: number,
  reason: string,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  if (reason.trim() === '') throw new AgreementError('reason_required');

  return store.transaction(async (connection) => {
    const before = await findAgreement(connection, id, allData, true);
    if (before.status === 'terminated') {
      throw new AgreementError('agreement_terminated');
    }

    await connection.query(
      `update agreements
          set status = 'terminated', terminated_by = $2,
              terminated_at = now(), termination_reason = $3,
              updated_at = now()
        where id = $1`,
      [id, actor.audit.actor, reason.trim()],
    );
    const after = await findAgreement(connection, id, allData);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.terminate',
      agreementId: id,
      before: agreementState(before),
      after: agreementState(after),
      reason: reason.trim(),
    });

    // Enrollment decides who accrues: the program's accruals follow the
    // change in the same transaction.
    await recordProgramWork(
      connection,
      before.programCode,
      'agreement.terminate',
    );
    await refreshInTransaction(connection, {
      asOf: businessToday(),
      audit: actor.audit,
    });

    return readAgreementDetail(connection, id, allData);
  });
}
