import { Dec } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import { scopeIncludesCustomer, type DataScope } from '../auth/scope.js';
import type { Store } from '../db/database.js';
import { userIdOf, type ProgramActor } from '../programs/program-actor.js';
import {
  checkedDate,
  exceedsOwed,
  positiveAmount,
} from '../payouts/amounts.js';
import {
  findCustomerByCode,
  lockCustomerMoney,
  openAmountFor,
} from '../payouts/open-amount.js';
import { PayoutError } from '../payouts/payout-errors.js';
import { findClaim, type ClaimView } from './claim-view.js';

export interface ClaimInput {
  programCode: string;
  customerCode: string;
  periodStart: string;
  amount: string;
  note?: string;
}

/**
 * A customer claims an amount for a closed period (DESIGN §2 claim): at
 * most what it is owed and not yet paid, one claim under review at a time.
 */
export async function createClaim(
  store: Store,
  input: ClaimInput,
  actor: ProgramActor,
  scope: DataScope,
): Promise<ClaimView> {
  const amount = positiveAmount(input.amount, 'body.amount');
  checkedDate(input.periodStart, 'body.periodStart');

  return store.transaction(async (connection) => {
    const customer = await findCustomerByCode(connection, input.customerCode);
    if (!customer || !scopeIncludesCustomer(scope, customer)) {
      throw new PayoutError('customer_not_found');
    }
    await lockCustomerMoney(connection, customer.id);

    const key = {
      programCode: input.programCode,
      customerId: customer.id,
      periodStart: input.periodStart,
    };
    const open = await openAmountFor(connection, key);
    if (!open.closed) throw new PayoutError('period_not_settled');
    if (amount.gt(Dec.of(open.open))) {
      throw exceedsOwed('body.amount', amount, open);
    }
    const [pending] = await connection.query(
      `select 1 from claims where program_code = $1 and customer_id = $2
          and period_start = $3::date and status = 'submitted'`,
      [key.programCode, key.customerId, key.periodStart],
    );
    if (pending) throw new PayoutError('claim_open');

    const [inserted] = await connection.query<{ id: number }>(
      `insert into claims (program_code, customer_id, period_start,
         claimed_amount, note, claimed_by, claimed_by_user_id)
       values ($1, $2, $3::date, $4, $5, $6, $7)
       returning id::int as id`,
      [
        key.programCode,
        key.customerId,
        key.periodStart,
        amount.toString(),
        input.note ?? '',
        actor.audit.actor,
        userIdOf(actor.principal),
      ],
    );
    if (!inserted) throw new Error('claims insert returned no id');
    const claim = await findClaim(connection, inserted.id, { kind: 'all' });
    if (!claim) throw new Error('the new claim is not there');

    await appendAudit(connection, actor.audit, {
      action: 'claim.create',
      entity: 'claim',
      entityId: inserted.id,
      after: { ...claim.view, owedAtClaim: open },
    });

    return claim.view;
  });
}
