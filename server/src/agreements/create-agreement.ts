import { allData } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import type { ProgramActor } from '../programs/program-actor.js';
import { AgreementError } from './agreement-errors.js';
import { readAgreementDetail } from './agreement-detail.js';
import { checkAgreementPeriod } from './agreement-period.js';
import { agreementProgramOf } from './agreement-program.js';
import { agreementState, findAgreement } from './agreement-rows.js';
import type {
  AgreementDetail,
  CreateAgreementInput,
} from './agreement-schemas.js';
import { recordAgreementChange } from './record-agreement-change.js';

/**
 * The program manager enrolls a customer (DESIGN §1): a draft agreement,
 * covering the program's term unless told otherwise. It becomes active once
 * the contract number, signing date and signed document are in.
 */
export async function createAgreement(
  store: Store,
  input: CreateAgreementInput,
  actor: ProgramActor,
): Promise<AgreementDetail> {
  return store.transaction(async (connection) => {
    // The program row lock serializes enrollments in one program, so two
    // live agreements for one customer are refused here, not by an index.
    const program = await agreementProgramOf(
      connection,
      input.programCode,
      true,
    );
    if (program.status === 'closed') {
      throw new AgreementError('program_closed');
    }
    const [customer] = await connection.query<{ id: number }>(
      'select id from customers where code = $1',
      [input.customerCode],
    );
    if (!customer) throw new AgreementError('customer_not_found');

    const period = {
      start: input.periodStart ?? program.term.start,
      end: input.periodEnd ?? program.term.end,
    };
    checkAgreementPeriod(period, program.term, {
      start: 'body.periodStart',
      end: 'body.periodEnd',
    });
    const [live] = await connection.query<{ id: number }>(
      `select id::int as id from agreements
        where program_code = $1 and customer_id = $2
          and status <> 'terminated'`,
      [program.code, customer.id],
    );
    if (live) {
      throw new AgreementError('agreement_exists', [
        { message: `agreement ${live.id}`, value: String(live.id) },
      ]);
    }

    const [created] = await connection.query<{ id: number }>(
      `insert into agreements (program_code, customer_id, contract_no,
         signed_on, period_start, period_end, created_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       returning id::int as id`,
      [
        program.code,
        customer.id,
        input.contractNo ?? null,
        input.signedOn ?? null,
        period.start,
        period.end,
        actor.audit.actor,
      ],
    );
    if (!created) throw new Error('insert into agreements returned no id');
    const row = await findAgreement(connection, created.id, allData);
    await recordAgreementChange(connection, actor.audit, {
      action: 'agreement.create',
      agreementId: created.id,
      before: null,
      after: {
        ...agreementState(row),
        programCode: row.programCode,
        customerCode: row.customerCode,
      },
    });

    return readAgreementDetail(connection, created.id, allData);
  });
}
