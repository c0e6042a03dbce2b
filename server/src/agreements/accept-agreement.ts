import type { DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { agreementState, findAgreement } from './agreement-rows.js';
import type { AgreementDetail } from './agreement-schemas.js';
import { recordAgreementChange } from './record-agreement-change.js';

/**
 * The customer accepts the terms of its own agreement, once; who and when
 * are recorded. Another customer's agreement is not found.
 */
export async function acceptAgreement(
  store: Store,
  id: number,
  scope: DataScope,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  return store.transaction(async (connection) => {
    const before = await findAgreement(connection, id, scope, true);
    if (before.status === 'terminated') {
      throw new AgreementError('agreement_terminated');
    }
    if (before.acceptedAt !== null) {
      throw new AgreementError('agreement_already_accepted');
    }

    await connection.query(
      `update agreements
          set accepted_at = now(), accepted_by = $2, updated_at = now()
        where id = $1`,
      [id, actor.audit.actor],
    );
    const after = await findAgreement(connection, id, scope);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.accept',
      agreementId: id,
      before: agreementState(before),
      after: agreementState(after),
    });

    return readAgreementDetail(connection, id, scope);
  });
}
