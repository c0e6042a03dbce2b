import { recordProgramWork } from '../accruals/pending-work.js';
import { refreshInTransaction } from '../accruals/refresh-accruals.js';
import { allData } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ErrorDetail } from '../http/error-catalog.js';
import { businessToday } from '../programs/business-date.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { agreementState, findAgreement } from './agreement-rows.js';
import type { AgreementDetail } from './agreement-schemas.js';
import { recordAgreementChange } from './record-agreement-change.js';
import { assertDraft } from './update-agreement.js';

/**
 * A complete draft goes live (DESIGN §5): from now on an `enrollment:
 * agreement` program accrues for the customer over the period it covers.
 */
export async function activateAgreement(
  store: Store,
  id: number,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  return store.transaction(async (connection) => {
    const before = await findAgreement(connection, id, allData, true);
    assertDraft(before);

    const missing: ErrorDetail[] = [];
    if (!before.contractNo) {
      missing.push({ path: 'contractNo', message: 'is missing' });
    }
    if (!before.signedOn) {
      missing.push({ path: 'signedOn', message: 'is missing' });
    }
    if (before.documentId === null) {
      missing.push({ path: 'document', message: 'is not attached' });
    }
    if (missing.length > 0) {
      throw new AgreementError('agreement_incomplete', missing);
    }

    await connection.query(
      `update agreements
          set status = 'active', activated_by = $2, activated_at = now(),
              updated_at = now()
        where id = $1`,
      [id, actor.audit.actor],
    );
    const after = await findAgreement(connection, id, allData);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.activate',
      agreementId: id,
      before: agreementState(before),
      after: agreementState(after),
    });

    // Enrollment decides who accrues: the program's accruals follow the
    // change in the same transaction.
    await recordProgramWork(
      connection,
      before.programCode,
      'agreement.activate',
    );
    await refreshInTransaction(connection, {
      asOf: businessToday(),
      audit: actor.audit,
    });

    return readAgreementDetail(connection, id, allData);
  });
}
