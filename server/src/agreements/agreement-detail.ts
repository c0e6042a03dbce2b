import type { DataScope } from '../auth/scope.js';
import type { Connection } from '../db/database.js';
import { customerTermsOf } from '../programs/customer-terms.js';
import { agreementProgramOf } from './agreement-program.js';
import { findAgreement, toAgreementSummary } from './agreement-rows.js';
import type { AgreementDetail } from './agreement-schemas.js';

/**
 * One agreement with its targets and its program's customer-facing terms,
 * as the caller's scope lets it be seen. The terms never carry the scope
 * lists, so a customer reading its agreement learns no other customer.
 */
export async function readAgreementDetail(
  connection: Connection,
  id: number,
  scope: DataScope,
): Promise<AgreementDetail> {
  const row = await findAgreement(connection, id, scope);
  const targets = await connection.query<{
    periodStart: string;
    target: string;
  }>(
    `select period_start::text as "periodStart", target::text as target
       from targets where agreement_id = $1 order by period_start`,
    [id],
  );
  const program = await agreementProgramOf(connection, row.programCode);

  return {
    ...toAgreementSummary(row),
    targets,
    terms: program.current ? customerTermsOf(program.current) : null,
  };
}
