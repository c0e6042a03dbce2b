import { allData } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { checkAgreementPeriod } from './agreement-period.js';
import { agreementProgramOf } from './agreement-program.js';
import {
  agreementState,
  findAgreement,
  type AgreementRow,
} from './agreement-rows.js';
import type {
  AgreementDetail,
  UpdateAgreementInput,
} from './agreement-schemas.js';
import { recordAgreementChange } from './record-agreement-change.js';

/** A draft's contract number, signing date or period; nothing else moves. */
export async function updateAgreement(
  store: Store,
  id: number,
  input: UpdateAgreementInput,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  return store.transaction(async (connection) => {
    const before = await findAgreement(connection, id, allData, true);
    assertDraft(before);
    const program = await agreementProgramOf(connection, before.programCode);
    const period = {
      start: input.periodStart ?? before.periodStart,
      end: input.periodEnd ?? before.periodEnd,
    };
    checkAgreementPeriod(period, program.term, {
      start: 'body.periodStart',
      end: 'body.periodEnd',
    });

    await connection.query(
      `update agreements
          set contract_no = $2, signed_on = $3, period_start = $4,
              period_end = $5, updated_at = now()
        where id = $1`,
      [
        id,
        input.contractNo ?? before.contractNo,
        input.signedOn ?? before.signedOn,
        period.start,
        period.end,
      ],
    );
    const after = await findAgreement(connection, id, allData);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.update',
      agreementId: id,
      before: agreementState(before),
      after: agreementState(after),
    });

    return readAgreementDetail(connection, id, allData);
  });
}

export function assertDraft(row: AgreementRow): void {
  if (row.status === 'terminated') {
    throw new AgreementError('agreement_terminated');
  }
  if (row.status !== 'draft') {
    throw new AgreementError('agreement_not_draft', [
      { message: `the agreement is ${row.status}` },
    ]);
  }
}
