import { Dec } from '@tierline/engine';
import { appendAudit } from '../audit/append-audit.js';
import type { DataScope } from '../auth/scope.js';
import { assertNotOwnWork } from '../auth/separation-of-duties.js';
import type { Store } from '../db/database.js';
import type { ClaimStatus } from '../db/payout-schema.js';
import { userIdOf, type ProgramActor } from '../programs/program-actor.js';
import {
  exceedsOwed,
  positiveAmount,
  storedMoney,
} from '../payouts/amounts.js';
import { lockCustomerMoney, openAmountFor } from '../payouts/open-amount.js';
import { PayoutError } from '../payouts/payout-errors.js';
import { findClaim, type ClaimView } from './claim-view.js';

export type ClaimDecision =
  | { kind: 'approve'; amount?: string; reason?: string }
  | { kind: 'reject'; reason: string };

/**
 * An approver decides a claim once: in full, in part (less than claimed,
 * with a reason; never more than is still open) or rejected with a reason.
 * Nobody decides their own claim.
 */
export async function decideClaim(
  store: Store,
  id: number,
  decision: ClaimDecision,
  actor: ProgramActor,
  scope: DataScope,
): Promise<ClaimView> {
  const reason = decision.reason?.trim() ?? '';

  return store.transaction(async (connection) => {
    const claim = await findClaim(connection, id, scope, true);
    if (!claim) throw new PayoutError('claim_not_found');
    if (claim.view.status !== 'submitted') {
      throw new PayoutError('claim_decided');
    }
    assertNotOwnWork(actor.principal, claim.claimedByUserId);
    await lockCustomerMoney(connection, claim.customerId);

    const claimed = storedMoney(claim.view.claimedAmount);
    let status: ClaimStatus = 'rejected';
    let approved = Dec.of('0.00');
    if (decision.kind === 'approve') {
      approved =
        decision.amount === undefined
          ? claimed
          : positiveAmount(decision.amount, 'body.amount');
      if (approved.gt(claimed)) {
        throw new PayoutError('partial_exceeds_claim', [
          {
            path: 'body.amount',
            value: approved.toString(),
            message: `claimed ${claimed.toString()}`,
          },
        ]);
      }
      status = approved.lt(claimed) ? 'partially_approved' : 'approved';
      const open = await openAmountFor(connection, {
        programCode: claim.view.programCode,
        customerId: claim.customerId,
        periodStart: claim.view.periodStart,
      });
      if (approved.gt(Dec.of(open.open))) {
        throw exceedsOwed('body.amount', approved, open);
      }
    }
    if (status !== 'approved' && reason === '') {
      throw new PayoutError('reason_required', [
        {
          path: 'body.reason',
          message: 'a partial approval or a rejection says why',
        },
      ]);
    }

    await connection.query(
      `update claims set status = $2, approved_amount = $3,
              decision_reason = $4, decided_by = $5, decided_by_user_id = $6,
              decided_at = now()
        where id = $1`,
      [
        id,
        status,
        approved.toString(),
        reason === '' ? null : reason,
        actor.audit.actor,
        userIdOf(actor.principal),
      ],
    );
    const decided = await findClaim(connection, id, { kind: 'all' });
    if (!decided) throw new Error('the decided claim is not there');

    await appendAudit(connection, actor.audit, {
      action: `claim.${decision.kind}`,
      entity: 'claim',
      entityId: id,
      before: claim.view,
      after: decided.view,
      reason: reason === '' ? null : reason,
    });

    return decided.view;
  });
}
